// Fixed learner-facing text in Korean and English: verdicts, reasons for invalid input, answer formats.

import { withParticle } from '@/lib/i18n/particle';
import { SIG } from './format';
import type { Localized } from './types';

export const MAX_INPUT_LENGTH = 500;

export const verdict = {
  correct: { ko: '정답입니다', en: 'Correct' },
  incorrect: { ko: '오답입니다', en: 'Incorrect' },
} satisfies Record<string, Localized>;

/**
 * Text the learner typed, quoted inside a message: cut to 20 characters and set as a Markdown code
 * span, whose content the renderer the message goes through shows character for character (no
 * link, markup, HTML or formula). The fence is longer than any run of backticks in the text.
 */
export function learnerText(text: string): string {
  const clipped = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  const flat = clipped.replace(/\s+/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence} ${flat} ${fence}`;
}

export const invalid = {
  empty: { ko: '답을 입력하세요.', en: 'Type an answer.' },
  tooLong: {
    ko: `답이 너무 깁니다 (${MAX_INPUT_LENGTH}자 초과).`,
    en: `The answer is too long (over ${MAX_INPUT_LENGTH} characters).`,
  },
  brackets: {
    ko: '괄호의 짝이 맞지 않습니다.',
    en: 'The brackets do not match.',
  },
  tooDeep: {
    ko: '괄호가 너무 깊게 겹쳐 있습니다 ([[a, b], [c, d]] 같은 행렬까지만 입력할 수 있습니다).',
    en: 'Too many nested brackets (at most a matrix, like [[a, b], [c, d]]).',
  },
  missingValue: {
    ko: '값이 빠져 있습니다 (구분 기호가 연달아 있거나 끝에 있습니다).',
    en: 'A value is missing (two separators in a row, or one at the end).',
  },
  emptyBrackets: { ko: '빈 괄호가 있습니다.', en: 'There are empty brackets.' },
  mixed: {
    ko: '같은 깊이에 숫자와 괄호 목록이 섞여 있습니다.',
    en: 'Numbers and bracketed lists are mixed at the same level.',
  },
  ragged: {
    ko: '행마다 값의 개수가 다릅니다.',
    en: 'The rows have different numbers of values.',
  },
  notNumber: (token: string): Localized => ({
    ko: `${learnerText(token)}은(는) 숫자가 아닙니다.`,
    en: `${learnerText(token)} is not a number.`,
  }),
  percent: (token: string): Localized => ({
    ko: `${learnerText(token)}은(는) 숫자로 읽지 않습니다. 백분율은 소수로 입력하세요 (25% → 0.25).`,
    en: `${learnerText(token)} is not a number here: type a percentage as a decimal (25% → 0.25).`,
  }),
  looseSign: {
    ko: '두 수 사이에 + 또는 − 기호가 떨어져 있어 읽을 수 없습니다. 음수는 부호를 수에 붙여 쓰고 (−0.3), 계산식이 아니라 계산한 값을 입력하세요.',
    en: 'A + or − stands apart between two numbers, so this cannot be read: write a negative value with its sign attached (−0.3), and type the result of a calculation, not the calculation.',
  },
  commaHint: {
    ko: '쉼표는 값을 구분합니다. 소수점은 마침표로 (0.5), 큰 수는 쉼표 없이 (1538) 입력하세요.',
    en: 'A comma separates values: write a decimal with a point (0.5) and a large number without commas (1538).',
  },
  notFinite: {
    ko: 'NaN이나 무한대는 답이 될 수 없습니다.',
    en: 'NaN or infinite values are not answers.',
  },
  divisionByZero: { ko: '0으로 나눌 수 없습니다.', en: 'Division by zero.' },
  wrongCount: (expected: number, got: number): Localized => ({
    ko: `값 ${expected}개가 필요한데 ${got}개를 입력했습니다.`,
    en: `Expected ${expected} value${expected === 1 ? '' : 's'}, got ${got}.`,
  }),
  wrongShape: (rows: number, cols: number, gotEn: string, gotKo: string): Localized => ({
    ko: `${rows}행 ${cols}열 행렬(행마다 값 ${cols}개)이 필요한데 ${withParticle(gotKo, '을')} 입력했습니다.`,
    en: `Expected a ${rows}×${cols} matrix (${rows} rows of ${cols} values), got ${gotEn}.`,
  }),
  notVector: (n: number, gotEn: string, gotKo: string): Localized => ({
    ko: `한 줄로 된 값 ${n}개의 벡터가 필요한데 ${withParticle(gotKo, '을')} 입력했습니다.`,
    en: `Expected a vector of ${n} values (one row), got ${gotEn}.`,
  }),
  rowsUnmarked: (rows: number, cols: number, got: number): Localized => {
    const bracketed = `[${matrixLetters(rows, cols, ', ', true)}]`;
    const separated = matrixLetters(rows, cols, '; ', false);
    return {
      ko: `${rows}행 ${cols}열 행렬이 필요한데 값 ${got}개를 한 줄로 입력했습니다. 행을 괄호로 묶거나 (${bracketed}) 세미콜론으로 구분하세요 (${separated}).`,
      en: `Expected a ${rows}×${cols} matrix (${rows} rows of ${cols} values), got ${got} values in one row: put each row in brackets (${bracketed}) or separate the rows with ; (${separated}).`,
    };
  },
  unreadable: { ko: '답을 읽을 수 없습니다.', en: 'This answer could not be read.' },
  checkFailed: {
    ko: '채점하는 중에 앱에서 오류가 났습니다. 이 답은 기록하지 않았습니다. 다시 시도하세요.',
    en: 'Something went wrong on our side while checking. This answer was not recorded; please try again.',
  },
} as const;

const sigText = { ko: `유효숫자 ${SIG}자리`, en: `${SIG} significant figures` };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `count` placeholder letters from the `from`-th on, wrapping after z: `a, b, c`. */
function letterList(from: number, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += i > 0 ? `, ${LETTERS[(from + i) % 26]}` : LETTERS[from % 26];
  return s;
}

/**
 * A `rows`×`cols` matrix of placeholder letters, the rows joined by `between`, each in brackets or
 * not: `[a, b], [c, d]` or `a, b; c, d`.
 */
function matrixLetters(rows: number, cols: number, between: string, brackets: boolean): string {
  let shape = '';
  for (let r = 0; r < rows; r++) {
    const row = letterList(r * cols, cols);
    shape += `${r > 0 ? between : ''}${brackets ? `[${row}]` : row}`;
  }
  return shape;
}

/** "One number, 4 significant figures (e.g. 0.1234)". */
export function scalarFormat(what?: Localized): Localized {
  return {
    ko: `${what ? `${what.ko}: ` : ''}숫자 하나, ${sigText.ko} (예: 0.1234)`,
    en: `${what ? `${what.en}: ` : ''}one number, ${sigText.en} (e.g. 0.1234)`,
  };
}

/** "A vector of 3 numbers, 4 significant figures: [a, b, c]". */
export function vectorFormat(n: number, what?: Localized): Localized {
  const letters = letterList(0, Math.min(n, 10));
  return {
    ko: `${what ? `${what.ko}: ` : ''}숫자 ${n}개의 벡터, ${sigText.ko}: [${letters}]`,
    en: `${what ? `${what.en}: ` : ''}a vector of ${n} numbers, ${sigText.en}: [${letters}]`,
  };
}

/** "A 2×3 matrix, rows in brackets: [[a, b, c], [d, e, f]]". */
export function matrixFormat(rows: number, cols: number, what?: Localized): Localized {
  const shape = matrixLetters(rows, cols, ', ', true);
  return {
    ko: `${what ? `${what.ko}: ` : ''}${rows}×${cols} 행렬, ${sigText.ko}: [${shape}] (행을 세미콜론(;)으로 구분해도 됩니다)`,
    en: `${what ? `${what.en}: ` : ''}a ${rows}×${cols} matrix, ${sigText.en}: [${shape}] (or rows separated by ;)`,
  };
}

/** Whole numbers, checked exactly. */
export function integerFormat(n: number, what: Localized): Localized {
  const shape = n === 1 ? 'n' : `[${letterList(0, Math.min(n, 10))}]`;
  return {
    ko: `${what.ko}: 정수 ${n}개 ${shape}`,
    en: `${what.en}: ${n === 1 ? 'a whole number' : `${n} whole numbers`} ${shape}`,
  };
}
