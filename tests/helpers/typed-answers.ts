// Right answers typed every way a learner may type them, on a laptop or a phone (Korean and English keyboards, autocorrect), into real generated exercises, with the verdict each must get.
import {
  type Check,
  checkAnswer,
  checkParts,
  type Exercise,
  generate,
  type Level,
  type NumericExercise,
} from '@/lib/exercises';

/** The kind of answer box a row is typed into, each filled by a real generated exercise. */
export type Box =
  | 'positive'
  | 'negative'
  | 'whole'
  | 'thirds'
  | 'fifteenths'
  | 'vector'
  | 'matrix'
  | 'part';

export interface TypedForm {
  box: Box;
  /** What the row is about. */
  form: string;
  /** The text typed, from the answer's numbers as displayed (in reading order) and exact. */
  typed: (shown: string[], exact: number[]) => string;
  verdict: 'correct' | 'invalid';
  /** A piece of the English message an `invalid` verdict must say. */
  says?: string;
}

/** The first exercise of `id` at `level`, from seed 1 on, whose exact numbers pass `fits`. */
function first(id: string, level: Level, fits: (exact: number[]) => boolean): NumericExercise {
  for (let seed = 1; seed < 5000; seed++) {
    const ex = generate(id, seed, level) as NumericExercise;
    if (fits(numbers(ex.answer.value))) return ex;
  }
  throw new Error(`no ${id} exercise at level ${level} fits`);
}

function numbers(value: NumericExercise['answer']['value']): number[] {
  return typeof value === 'number' ? [value] : (value as (number | number[])[]).flat();
}

const mixedSigns = (xs: number[]) => xs.some((x) => x < 0) && xs.some((x) => x > 0);

/** How to find the exercise behind each box. */
const BOXES: Record<Exclude<Box, 'part'>, () => NumericExercise> = {
  positive: () => first('sigmoid', 1, ([x]) => x > 0.01 && x < 0.1),
  negative: () => first('vanishing-gradient', 2, ([x]) => x < -0.01 && x > -0.1),
  whole: () => first('parameter-count', 1, ([x]) => x >= 1000 && x < 10000),
  thirds: () =>
    first('loss-gradient', 1, (xs) => xs.every((x) => Math.abs(Math.abs(x) - 1 / 3) < 1e-12)),
  fifteenths: () =>
    first('loss-gradient', 1, (xs) => new Set(xs.map((x) => Math.round(x * 15) % 5)).size > 1),
  vector: () => first('batch-norm', 2, mixedSigns),
  matrix: () => first('batch-norm', 3, mixedSigns),
};

const found = new Map<Box, NumericExercise>();

/** The exercise behind `box`, found once. */
export function exerciseOf(box: Exclude<Box, 'part'>): NumericExercise {
  let ex = found.get(box);
  if (!ex) {
    ex = BOXES[box]();
    found.set(box, ex);
  }
  return ex;
}

/** The multi-part exercise behind `part`, and the 2×2 matrix part that is typed into. */
export const CHAIN: Exercise = generate('backprop-chain', 5, 2);
export const PART = 'W1new';

/** The displayed numbers of an answer, in reading order. */
function shownOf(display: string): string[] {
  return display.match(/-?[\d.]+(?:e-?\d+)?/g) ?? [];
}

/** The numbers of a box's answer, displayed and exact. */
export function answerOf(box: Box): { shown: string[]; exact: number[] } {
  const item = box === 'part' ? CHAIN.parts?.find((p) => p.id === PART) : exerciseOf(box);
  if (!item) throw new Error(`no part ${PART} in backprop-chain`);
  return { shown: shownOf(item.answer.display), exact: numbers(item.answer.value) };
}

/** What the checker makes of `text` typed into `box`. */
export function checkTyped(box: Box, text: string): Check {
  return box === 'part'
    ? checkParts(CHAIN, { [PART]: text })[PART]
    : checkAnswer(exerciseOf(box), text);
}

/** `x` in scientific notation as mantissa and exponent: 0.09112 → ['9.112', '-2']. */
export function sci(shown: string): [string, string] {
  const [m, e] = Number(shown).toExponential().split('e');
  return [m, e.replace('+', '')];
}

/** Digits, point, comma, minus and brackets as a full-width (IME) keyboard types them. */
export function fullWidth(s: string): string {
  return s.replace(/[0-9.,\-[\]]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const SUPER: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
};
const superscript = (e: string) => [...e].map((c) => SUPER[c] ?? c).join('');

/** `a, b, c` from a list. */
const list = (xs: string[], sep = ', ') => xs.join(sep);

/** Matrix rows of `cols` numbers each. */
function rows(xs: string[], cols: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < xs.length; i += cols) out.push(xs.slice(i, i + cols));
  return out;
}

const sci0 = (x: string[]) => sci(x[0]);

export const TYPED_FORMS: TypedForm[] = [
  // One number.
  { box: 'positive', form: 'as displayed', typed: (x) => x[0], verdict: 'correct' },
  { box: 'positive', form: 'leading +', typed: (x) => `+${x[0]}`, verdict: 'correct' },
  {
    box: 'positive',
    form: 'no leading zero (.5)',
    typed: (x) => x[0].replace(/^0/, ''),
    verdict: 'correct',
  },
  { box: 'positive', form: 'spaces around', typed: (x) => `  ${x[0]} `, verdict: 'correct' },
  {
    box: 'positive',
    form: 'no-break space and tab around',
    typed: (x) => `\u00a0${x[0]}\t`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: 'full-width digits and point (０．５)',
    typed: (x) => fullWidth(x[0]),
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: '×10^-3',
    typed: (x) => `${sci0(x)[0]}×10^${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: 'x10^-3',
    typed: (x) => `${sci0(x)[0]}x10^${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: 'X10^-3 (autocapitalized)',
    typed: (x) => `${sci0(x)[0]}X10^${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: '*10^-3',
    typed: (x) => `${sci0(x)[0]}*10^${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: '× 10 ^ -3 with spaces',
    typed: (x) => `${sci0(x)[0]} × 10 ^ ${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: '×10^(−3)',
    typed: (x) => `${sci0(x)[0]}×10^(${sci0(x)[1].replace('-', '−')})`,
    verdict: 'correct',
  },
  { box: 'positive', form: 'e-3', typed: (x) => `${sci0(x)[0]}e${sci0(x)[1]}`, verdict: 'correct' },
  { box: 'positive', form: 'E-3', typed: (x) => `${sci0(x)[0]}E${sci0(x)[1]}`, verdict: 'correct' },
  {
    box: 'positive',
    form: 'e−3 (Unicode minus)',
    typed: (x) => `${sci0(x)[0]}e${sci0(x)[1].replace('-', '\u2212')}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: '×10⁻³ (superscripts)',
    typed: (x) => `${sci0(x)[0]}×10${superscript(sci0(x)[1])}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: '·10^-3 (middle dot)',
    typed: (x) => `${sci0(x)[0]}·10^${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: '*10**-3 (Python)',
    typed: (x) => `${sci0(x)[0]}*10**${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: 'ㄷ-3 (e typed with the Korean layout on)',
    typed: (x) => `${sci0(x)[0]}ㄷ${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: 'ㄸ-3 (E typed with the Korean layout on)',
    typed: (x) => `${sci0(x)[0]}ㄸ${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: 'ㅌ10^-3 (x typed with the Korean layout on)',
    typed: (x) => `${sci0(x)[0]}ㅌ10^${sci0(x)[1]}`,
    verdict: 'correct',
  },
  {
    box: 'positive',
    form: "trailing full stop (a phone's double space)",
    typed: (x) => `${x[0]}. `,
    verdict: 'correct',
  },
  { box: 'positive', form: 'ideographic full stop', typed: (x) => `${x[0]}。`, verdict: 'correct' },
  { box: 'positive', form: 'smart quotes', typed: (x) => `“${x[0]}”`, verdict: 'correct' },
  {
    box: 'positive',
    form: 'straight quotes, then a full stop',
    typed: (x) => `"${x[0]}".`,
    verdict: 'correct',
  },
  { box: 'positive', form: '= before it', typed: (x) => `= ${x[0]}`, verdict: 'correct' },
  { box: 'positive', form: '≈ before it', typed: (x) => `≈${x[0]}`, verdict: 'correct' },
  {
    box: 'positive',
    form: 'zero-width space pasted along',
    typed: (x) => `${x[0]}\u200b`,
    verdict: 'correct',
  },
  { box: 'positive', form: 'in brackets [x]', typed: (x) => `[${x[0]}]`, verdict: 'correct' },
  { box: 'positive', form: 'in parentheses (x)', typed: (x) => `(${x[0]})`, verdict: 'correct' },
  {
    box: 'positive',
    form: 'percent, with a space',
    typed: (x) => `${Number((Number(x[0]) * 100).toPrecision(4))} ％`,
    verdict: 'invalid',
    says: 'type a percentage as a decimal',
  },
  {
    box: 'positive',
    form: 'percent',
    typed: (x) => `${Number((Number(x[0]) * 100).toPrecision(4))}%`,
    verdict: 'invalid',
    says: 'type a percentage as a decimal',
  },
  {
    box: 'positive',
    form: 'decimal comma (0,5)',
    typed: (x) => x[0].replace('.', ','),
    verdict: 'invalid',
    says: 'Expected 1 value, got 2. A comma separates values',
  },
  {
    box: 'positive',
    form: 'two numbers',
    typed: (x) => `${x[0]} ${x[0]}`,
    verdict: 'invalid',
    says: 'Expected 1 value, got 2.',
  },
  {
    box: 'positive',
    form: 'a calculation (a - b)',
    typed: (x) => `1 - ${x[0]}`,
    verdict: 'invalid',
    says: 'stands apart between two numbers',
  },
  { box: 'negative', form: 'as displayed', typed: (x) => x[0], verdict: 'correct' },
  {
    box: 'negative',
    form: 'Unicode minus U+2212',
    typed: (x) => x[0].replace('-', '\u2212'),
    verdict: 'correct',
  },
  { box: 'negative', form: 'en dash', typed: (x) => x[0].replace('-', '–'), verdict: 'correct' },
  {
    box: 'negative',
    form: 'em dash (smart dashes)',
    typed: (x) => x[0].replace('-', '—'),
    verdict: 'correct',
  },
  {
    box: 'negative',
    form: 'full-width minus (－０．５)',
    typed: (x) => fullWidth(x[0]),
    verdict: 'correct',
  },
  {
    box: 'negative',
    form: 'sign set apart (- 0.5)',
    typed: (x) => x[0].replace('-', '- '),
    verdict: 'correct',
  },
  { box: 'negative', form: '-.5', typed: (x) => x[0].replace('-0.', '-.'), verdict: 'correct' },
  {
    box: 'negative',
    form: '−.5 (Unicode minus)',
    typed: (x) => x[0].replace('-0.', '\u2212.'),
    verdict: 'correct',
  },
  { box: 'negative', form: 'E-3', typed: (x) => `${sci0(x)[0]}E${sci0(x)[1]}`, verdict: 'correct' },
  {
    box: 'negative',
    form: '−x×10⁻³',
    typed: (x) => `${sci0(x)[0].replace('-', '−')}×10${superscript(sci0(x)[1])}`,
    verdict: 'correct',
  },
  {
    box: 'negative',
    form: 'decimal comma (-0,5)',
    typed: (x) => x[0].replace('.', ','),
    verdict: 'invalid',
    says: 'Expected 1 value, got 2. A comma separates values',
  },
  { box: 'whole', form: 'as displayed', typed: (x) => x[0], verdict: 'correct' },
  { box: 'whole', form: 'a point at the end (5.)', typed: (x) => `${x[0]}.`, verdict: 'correct' },
  { box: 'whole', form: '.0 at the end', typed: (x) => `${x[0]}.0`, verdict: 'correct' },
  {
    box: 'whole',
    form: 'thousands comma with decimals (1,234.0)',
    typed: (x) => `${x[0].slice(0, -3)},${x[0].slice(-3)}.0`,
    verdict: 'correct',
  },
  {
    box: 'whole',
    form: 'thousands comma alone (1,234: or 1.234?)',
    typed: (x) => `${x[0].slice(0, -3)},${x[0].slice(-3)}`,
    verdict: 'invalid',
    says: 'Expected 1 value, got 2. A comma separates values',
  },
  {
    box: 'whole',
    form: 'thousands space (1 234)',
    typed: (x) => `${x[0].slice(0, -3)} ${x[0].slice(-3)}`,
    verdict: 'invalid',
    says: 'Expected 1 value, got 2.',
  },
  {
    box: 'fifteenths',
    form: 'fractions a/b',
    typed: (_, e) => list(e.map((v) => `${Math.round(v * 15)}/15`)),
    verdict: 'correct',
  },
  {
    box: 'fifteenths',
    form: 'fractions with spaces and full-width slash',
    typed: (_, e) => list(e.map((v) => `${Math.round(v * 15)} ／ 15`)),
    verdict: 'correct',
  },
  {
    box: 'thirds',
    form: '1/3',
    typed: (_, e) => list(e.map((v) => `${v < 0 ? '-' : ''}1/3`)),
    verdict: 'correct',
  },
  {
    box: 'thirds',
    form: '⅓ (a fraction character)',
    typed: (_, e) => list(e.map((v) => `${v < 0 ? '−' : ''}⅓`)),
    verdict: 'correct',
  },
  {
    box: 'thirds',
    form: '1÷3',
    typed: (_, e) => list(e.map((v) => `${v < 0 ? '-' : ''}1÷3`)),
    verdict: 'correct',
  },
  // A vector.
  { box: 'vector', form: '[a, b]', typed: (x) => `[${list(x)}]`, verdict: 'correct' },
  {
    box: 'vector',
    form: '[a,b] (no spaces)',
    typed: (x) => `[${list(x, ',')}]`,
    verdict: 'correct',
  },
  {
    box: 'vector',
    form: '[ a , b ] (spaces inside)',
    typed: (x) => `[ ${list(x, ' , ')} ]`,
    verdict: 'correct',
  },
  { box: 'vector', form: '(a, b)', typed: (x) => `(${list(x)})`, verdict: 'correct' },
  { box: 'vector', form: 'a, b', typed: (x) => list(x), verdict: 'correct' },
  { box: 'vector', form: 'a b', typed: (x) => list(x, ' '), verdict: 'correct' },
  {
    box: 'vector',
    form: '[a; b] (a column)',
    typed: (x) => `[${list(x, '; ')}]`,
    verdict: 'correct',
  },
  { box: 'vector', form: 'one per line', typed: (x) => list(x, '\n'), verdict: 'correct' },
  { box: 'vector', form: '[[a, b]] (one row)', typed: (x) => `[[${list(x)}]]`, verdict: 'correct' },
  { box: 'vector', form: '【a, b】', typed: (x) => `【${list(x)}】`, verdict: 'correct' },
  { box: 'vector', form: '〔a, b〕', typed: (x) => `〔${list(x)}〕`, verdict: 'correct' },
  { box: 'vector', form: '⟨a, b⟩', typed: (x) => `⟨${list(x)}⟩`, verdict: 'correct' },
  { box: 'vector', form: '〈a, b〉', typed: (x) => `〈${list(x)}〉`, verdict: 'correct' },
  {
    box: 'vector',
    form: '［a，b］ (full-width)',
    typed: (x) => fullWidth(`[${list(x, ',')}]`),
    verdict: 'correct',
  },
  {
    box: 'vector',
    form: 'a、b (ideographic comma)',
    typed: (x) => list(x, '、'),
    verdict: 'correct',
  },
  {
    box: 'vector',
    form: 'Unicode minus inside',
    typed: (x) => `[${list(x).replaceAll('-', '−')}]`,
    verdict: 'correct',
  },
  {
    box: 'vector',
    form: 'sign set apart after a comma (a, - b)',
    typed: (x) => list(x).replaceAll('-', '- '),
    verdict: 'correct',
  },
  { box: 'vector', form: 'trailing full stop', typed: (x) => `[${list(x)}].`, verdict: 'correct' },
  { box: 'vector', form: 'smart quotes', typed: (x) => `“[${list(x)}]”`, verdict: 'correct' },
  {
    box: 'vector',
    form: 'trailing comma',
    typed: (x) => `[${list(x)},]`,
    verdict: 'invalid',
    says: 'A value is missing',
  },
  {
    box: 'vector',
    form: 'one number',
    typed: (x) => x[0],
    verdict: 'invalid',
    says: 'Expected 4 values, got 1.',
  },
  {
    box: 'vector',
    form: 'a value short',
    typed: (x) => list(x.slice(1)),
    verdict: 'invalid',
    says: 'Expected 4 values, got 3.',
  },
  {
    box: 'vector',
    form: 'decimal commas (0,5, 0,3)',
    typed: (x) => list(x.map((v) => v.replace('.', ','))),
    verdict: 'invalid',
    says: 'Expected 4 values, got 8. A comma separates values',
  },
  {
    box: 'vector',
    form: 'a value too many',
    typed: (x) => list([...x, x[0]]),
    verdict: 'invalid',
    says: 'Expected 4 values, got 5.',
  },
  {
    box: 'vector',
    form: 'a 2×2 matrix of the right values',
    typed: (x) => `[[${list(x.slice(0, 2))}], [${list(x.slice(2))}]]`,
    verdict: 'invalid',
    says: 'Expected a vector of 4 values (one row), got a 2×2 matrix.',
  },
  {
    box: 'vector',
    form: 'a minus set apart between values (a – b)',
    typed: (x) => list(x, ' ').replaceAll(' -', ' – '),
    verdict: 'invalid',
    says: 'stands apart between two numbers',
  },
  // A matrix.
  {
    box: 'matrix',
    form: '[[a, b], [c, d]]',
    typed: (x) =>
      `[${rows(x, 2)
        .map((r) => `[${list(r)}]`)
        .join(', ')}]`,
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: '[[a,b],[c,d]] (no spaces)',
    typed: (x) =>
      `[${rows(x, 2)
        .map((r) => `[${list(r, ',')}]`)
        .join(',')}]`,
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: '[a, b; c, d]',
    typed: (x) =>
      `[${rows(x, 2)
        .map((r) => list(r))
        .join('; ')}]`,
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'a, b; c, d',
    typed: (x) =>
      rows(x, 2)
        .map((r) => list(r))
        .join('; '),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'a b; c d',
    typed: (x) =>
      rows(x, 2)
        .map((r) => list(r, ' '))
        .join('; '),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: '[a b; c d]',
    typed: (x) =>
      `[${rows(x, 2)
        .map((r) => list(r, ' '))
        .join('; ')}]`,
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: '[a, b], [c, d] (no outer brackets)',
    typed: (x) =>
      rows(x, 2)
        .map((r) => `[${list(r)}]`)
        .join(', '),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: '((a, b), (c, d))',
    typed: (x) =>
      `(${rows(x, 2)
        .map((r) => `(${list(r)})`)
        .join(', ')})`,
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: '【【a, b】, 【c, d】】',
    typed: (x) =>
      `【${rows(x, 2)
        .map((r) => `【${list(r)}】`)
        .join(', ')}】`,
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'rows on lines: a, b ⏎ c, d',
    typed: (x) =>
      rows(x, 2)
        .map((r) => list(r))
        .join('\n'),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'rows on lines: a b ⏎ c d',
    typed: (x) =>
      rows(x, 2)
        .map((r) => list(r, ' '))
        .join('\n'),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'rows on lines, Windows line ends',
    typed: (x) =>
      rows(x, 2)
        .map((r) => list(r))
        .join('\r\n'),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'rows on lines: [a, b] ⏎ [c, d]',
    typed: (x) =>
      rows(x, 2)
        .map((r) => `[${list(r)}]`)
        .join('\n'),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'rows on lines: [a, b], ⏎ [c, d]',
    typed: (x) =>
      rows(x, 2)
        .map((r) => `[${list(r)}]`)
        .join(',\n'),
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'rows on lines inside brackets: [[a, b] ⏎ [c, d]]',
    typed: (x) =>
      `[${rows(x, 2)
        .map((r) => `[${list(r)}]`)
        .join('\n')}]`,
    verdict: 'correct',
  },
  {
    box: 'matrix',
    form: 'all values in one row',
    typed: (x) => list(x, ' '),
    verdict: 'invalid',
    says: 'put each row in brackets',
  },
  {
    box: 'matrix',
    form: 'one number',
    typed: (x) => x[0],
    verdict: 'invalid',
    says: 'Expected a 3×2 matrix (3 rows of 2 values), got one number.',
  },
  {
    box: 'matrix',
    form: 'transposed shape',
    typed: (x) =>
      `[${rows(x, 3)
        .map((r) => `[${list(r)}]`)
        .join(', ')}]`,
    verdict: 'invalid',
    says: 'got a 2×3 matrix',
  },
  {
    box: 'matrix',
    form: 'trailing comma',
    typed: (x) =>
      `[${rows(x, 2)
        .map((r) => `[${list(r)}]`)
        .join(', ')}],`,
    verdict: 'invalid',
    says: 'A value is missing',
  },
  // A 2×2 part of a multi-part exercise, checked with checkParts.
  {
    box: 'part',
    form: '[[a, b], [c, d]]',
    typed: (x) => `[[${list(x.slice(0, 2))}], [${list(x.slice(2))}]]`,
    verdict: 'correct',
  },
  {
    box: 'part',
    form: '[a, b; c, d]',
    typed: (x) => `[${list(x.slice(0, 2))}; ${list(x.slice(2))}]`,
    verdict: 'correct',
  },
  {
    box: 'part',
    form: 'rows on lines',
    typed: (x) => `${list(x.slice(0, 2))}\n${list(x.slice(2))}`,
    verdict: 'correct',
  },
  {
    box: 'part',
    form: 'all values in one row',
    typed: (x) => list(x),
    verdict: 'invalid',
    says: 'put each row in brackets',
  },
];
