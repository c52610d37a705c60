// Reads what a learner typed into a number, vector or matrix, or says precisely why it cannot.

import { invalid, MAX_INPUT_LENGTH } from './messages';
import type { AnswerValue, Localized } from './types';

export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; reason: Localized };

type Node = number | Node[];

class ParseError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

/** Digits, signs, points, `e`, brackets, separators and spaces, no sign followed by a space: nothing to rewrite. */
const PLAIN = /^[\d.,;[\]eE+\- ]*$/;
const SPACED_SIGN = /[+-] /;

/** Unicode and keyboard variants to plain ASCII: full-width digits, minus signs, ×, 10⁻³, ^(-3). */
export function normalize(input: string): string {
  // What the answers are displayed as, and most typed answers, need no rewriting but the case.
  if (PLAIN.test(input) && !SPACED_SIGN.test(input)) return input.toLowerCase().trim();
  return input
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (m) => `^${[...m].map((c) => SUPERSCRIPTS[c]).join('')}`)
    .normalize('NFKC')
    .replace(/[\u2212\u2010-\u2015\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[×\u00B7\u22C5\u2219\u2715\u2716]/g, '*')
    .replace(/\\times|\\cdot/g, '*')
    .replace(/[\u3001\u3002]/g, (c) => (c === '\u3001' ? ',' : '.'))
    .toLowerCase()
    .replace(/\^\s*[({]\s*([+-]?\s*\d+)\s*[)}]/g, (_, e: string) => `^${e.replace(/\s/g, '')}`)
    .replace(/([\d.])\s*x\s*(?=10\^)/g, '$1*')
    .replace(/[({]/g, '[')
    .replace(/[)}]/g, ']')
    .replace(/\s*([*^/])\s*/g, '$1')
    .replace(/(^|[\s,;[])([+-])\s+(?=[\d.])/g, '$1$2')
    .trim();
}

const DECIMAL = /^([+-]?)(\d+\.?\d*|\.\d+)(?:e([+-]?\d{1,4}))?(?:[*x]10\^([+-]?\d{1,4}))?$/;
const POWER = /^([+-]?)10\^([+-]?\d{1,4})$/;

function parseDecimal(text: string): number | undefined {
  const m = DECIMAL.exec(text);
  if (m) {
    const exponent = Number(m[3] ?? 0) + Number(m[4] ?? 0);
    return Number(`${m[1]}${m[2]}e${exponent}`);
  }
  const p = POWER.exec(text);
  return p ? Number(`${p[1]}1e${p[2]}`) : undefined;
}

/** One number: decimal, scientific (`1.2e-3`, `1.2*10^-3`) or a fraction `3/4`. */
export function parseNumber(token: string): number {
  if (/^[+-]?(nan|inf|infinity|∞)$/.test(token)) throw new ParseError(invalid.notFinite);
  const parts = token.split('/');
  if (parts.length > 2) throw new ParseError(invalid.notNumber(token));
  const nums = parts.map(parseDecimal);
  if (nums.some((n) => n === undefined)) throw new ParseError(invalid.notNumber(token));
  let value = nums[0] as number;
  if (nums.length === 2) {
    if (nums[1] === 0) throw new ParseError(invalid.divisionByZero);
    value /= nums[1] as number;
  }
  if (!Number.isFinite(value)) throw new ParseError(invalid.notFinite);
  return value;
}

type Token = '[' | ']' | ',' | ';' | { atom: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  for (const piece of text.split(/([[\],;]|\s+)/)) {
    if (piece === '' || /^\s+$/.test(piece)) continue;
    if (piece === '[') depth++;
    if (piece === ']' && --depth < 0) throw new ParseError(invalid.brackets);
    if (depth > 3) throw new ParseError(invalid.tooDeep);
    tokens.push(
      piece === '[' || piece === ']' || piece === ',' || piece === ';' ? piece : { atom: piece },
    );
  }
  if (depth !== 0) throw new ParseError(invalid.brackets);
  return tokens;
}

/** Recursive descent over `value (sep value)*` where sep is `,` (or space) and `;` starts a row. */
class Reader {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  /** Reads up to `]` or the end; returns the rows and whether `;` was used. */
  rows(): { rows: Node[][]; semicolon: boolean } {
    const rows: Node[][] = [[]];
    let semicolon = false;
    let afterSeparator = false;
    while (this.i < this.tokens.length && this.tokens[this.i] !== ']') {
      const t = this.tokens[this.i++];
      if (t === ',' || t === ';') {
        if (!afterValue(rows, afterSeparator)) throw new ParseError(invalid.missingValue);
        afterSeparator = true;
        if (t === ';') {
          semicolon = true;
          rows.push([]);
        }
        continue;
      }
      afterSeparator = false;
      if (t === '[') {
        const inner = this.rows();
        this.i++; // the matching ']'
        if (inner.rows.length === 1 && inner.rows[0].length === 0) {
          throw new ParseError(invalid.emptyBrackets);
        }
        rows[rows.length - 1].push(nodeOf(inner.rows, inner.semicolon));
      } else {
        rows[rows.length - 1].push(parseNumber((t as { atom: string }).atom));
      }
    }
    if (afterSeparator) throw new ParseError(invalid.missingValue);
    return { rows, semicolon };
  }
}

function afterValue(rows: Node[][], afterSeparator: boolean): boolean {
  return !afterSeparator && rows[rows.length - 1].length > 0;
}

/** Rows written with `;` form a matrix; a row that is one bracketed list is that list. */
function nodeOf(rows: Node[][], semicolon: boolean): Node {
  if (!semicolon) return rows[0];
  return rows.map((r) => (r.length === 1 && Array.isArray(r[0]) ? r[0] : r));
}

function toValue(node: Node): AnswerValue {
  if (typeof node === 'number') return node;
  if (node.every((n) => typeof n === 'number')) return node as number[];
  if (!node.every(Array.isArray)) throw new ParseError(invalid.mixed);
  const rows = node as Node[][];
  if (rows.some((r) => !r.every((n) => typeof n === 'number'))) {
    throw new ParseError(
      rows.every((r) => r.every(Array.isArray)) ? invalid.tooDeep : invalid.mixed,
    );
  }
  if (rows.some((r) => r.length !== rows[0].length)) throw new ParseError(invalid.ragged);
  return rows as number[][];
}

/** Parses any answer shape: `0.5`, `[a, b]`, `a, b`, `[[a, b], [c, d]]`, `a, b; c, d`. */
export function parseAnswer(input: string): ParseResult {
  try {
    if (typeof input !== 'string') return { ok: false, reason: invalid.unreadable };
    if (input.length > MAX_INPUT_LENGTH) return { ok: false, reason: invalid.tooLong };
    const text = normalize(input);
    if (text === '') return { ok: false, reason: invalid.empty };
    const tokens = tokenize(text);
    const { rows, semicolon } = new Reader(tokens).rows();
    let node = nodeOf(rows, semicolon);
    if (!semicolon && Array.isArray(node) && node.length === 1) node = node[0];
    if (Array.isArray(node) && node.length === 0) return { ok: false, reason: invalid.empty };
    return { ok: true, value: toValue(node) };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, reason: e.reason };
    throw e;
  }
}

function count(value: AnswerValue): number {
  if (typeof value === 'number') return 1;
  return (value as (number | number[])[]).reduce<number>(
    (n, x) => n + (typeof x === 'number' ? 1 : x.length),
    0,
  );
}

function shapeOf(value: AnswerValue): Localized {
  if (typeof value === 'number') return { ko: '숫자 하나', en: 'one number' };
  if (value.length > 0 && Array.isArray(value[0])) {
    const m = value as number[][];
    return { ko: `${m.length}×${m[0].length} 행렬`, en: `a ${m.length}×${m[0].length} matrix` };
  }
  return { ko: `값 ${value.length}개`, en: `${value.length} values` };
}

/**
 * Parses `input` into the shape of `expected`: a number, a vector of the same length or a matrix
 * of the same size. `[x]` counts as a number, `[[a, b, c]]` as a vector.
 */
export function parseAnswerLike(input: string, expected: AnswerValue): ParseResult {
  const parsed = parseAnswer(input);
  if (!parsed.ok) return parsed;
  const got = parsed.value;
  const flat = typeof got === 'number' ? [got] : (got as (number | number[])[]).flat();
  if (typeof expected === 'number') {
    return flat.length === 1
      ? { ok: true, value: flat[0] }
      : { ok: false, reason: invalid.wrongCount(1, flat.length) };
  }
  if (expected.length > 0 && Array.isArray(expected[0])) {
    const rows = expected.length;
    const cols = (expected as number[][])[0].length;
    const isMatrix = Array.isArray(got) && got.length > 0 && Array.isArray(got[0]);
    if (isMatrix && got.length === rows && (got as number[][])[0].length === cols) {
      return { ok: true, value: got };
    }
    if (rows === 1 && flat.length === cols && !isMatrix) return { ok: true, value: [flat] };
    const what = shapeOf(got);
    return { ok: false, reason: invalid.wrongShape(rows, cols, what.en, what.ko) };
  }
  const n = expected.length;
  const isColumnOrRow =
    typeof got === 'number' ||
    !Array.isArray(got[0]) ||
    got.length === 1 ||
    (got as number[][]).every((r) => r.length === 1);
  if (isColumnOrRow && flat.length === n) return { ok: true, value: flat };
  return { ok: false, reason: invalid.wrongCount(n, count(got)) };
}
