// Reads what a learner typed into a number, vector or matrix, or says precisely why it cannot.

import { invalid, MAX_INPUT_LENGTH } from './messages';
import { flatten, sizeOf } from './tolerance';
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

/**
 * Whether `input` is only digits, signs, points, `e`, brackets, separators and spaces, with no sign
 * followed by a space: nothing to rewrite but the case and the ends.
 */
function isPlain(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 43 || c === 45) {
      // '+' or '-', not followed by a space
      if (input.charCodeAt(i + 1) === 32) return false;
    } else if (!isDigit(c) && !isPunctuation(c) && c !== 46 && c !== 101 && c !== 69 && c !== 32) {
      return false; // not '.', 'e', 'E' or ' '
    }
  }
  return true;
}

/** Unicode and keyboard variants to plain ASCII: full-width digits, minus signs, ×, 10⁻³, ^(-3). */
export function normalize(input: string): string {
  // What the answers are displayed as, and most typed answers, need no rewriting but the case.
  if (isPlain(input)) return input.toLowerCase().trim();
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

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Digits of a decimal up to which they form a whole number that a double holds exactly. */
const EXACT_DIGITS = 15;

/** Whether `c` is the code of a digit 0–9. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A plain decimal `[+-]digits[.digits][e[+-]d{1,4}]` (how answers are displayed and mostly typed)
 * read without a regular expression, or undefined for any other text. Up to 15 digits and a scale
 * within 10^±22, the value is the digits as a whole number times or divided by an exact power of
 * 10: one correctly rounded operation, so the same double as `Number(text)`, which reads the rest.
 */
function plainDecimal(text: string): number | undefined {
  const n = text.length;
  const first = text.charCodeAt(0);
  const negative = first === 45; // '-'
  let i = negative || first === 43 ? 1 : 0; // '+'
  let digits = 0;
  let mantissa = 0;
  let decimals = 0;
  let point = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !point) {
      point = true; // the decimal point
      continue;
    }
    if (!isDigit(c)) break;
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    if (point) decimals++;
  }
  if (digits === 0) return undefined;
  const exponent = i < n ? exponentAt(text, i) : 0;
  if (exponent === undefined) return undefined;
  const scale = exponent - decimals;
  if (digits > EXACT_DIGITS || scale > 22 || scale < -22) return Number(text);
  const magnitude = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
  return negative ? -magnitude : magnitude;
}

/** The exponent of `e[+-]d{1,4}` from `text[i]` to the end, or undefined when the rest is not that. */
function exponentAt(text: string, i: number): number | undefined {
  if (text.charCodeAt(i) !== 101) return undefined; // 'e'
  const sign = text.charCodeAt(i + 1);
  const minus = sign === 45;
  const start = minus || sign === 43 ? i + 2 : i + 1;
  const n = text.length;
  if (n === start || n - start > 4) return undefined;
  let exponent = 0;
  for (let k = start; k < n; k++) {
    const c = text.charCodeAt(k);
    if (!isDigit(c)) return undefined;
    exponent = exponent * 10 + (c - 48);
  }
  return minus ? -exponent : exponent;
}

const NOT_FINITE = /^[+-]?(nan|inf|infinity|∞)$/;

/** One number: decimal, scientific (`1.2e-3`, `1.2*10^-3`) or a fraction `3/4`. */
export function parseNumber(token: string): number {
  const plain = plainDecimal(token);
  if (plain !== undefined) {
    if (!Number.isFinite(plain)) throw new ParseError(invalid.notFinite);
    return plain;
  }
  if (NOT_FINITE.test(token)) throw new ParseError(invalid.notFinite);
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

/** A bracket or separator (one character), or an atom: a run of anything else, read as a number. */
type Token = string;

/** Whether `c` is the code of a character that `\s` matches in a regular expression. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `c` is the code of `[`, `]`, `,` or `;`: a token of its own. */
function isPunctuation(c: number): boolean {
  return c === 91 || c === 93 || c === 44 || c === 59;
}

/** Splits at brackets, separators and spaces, checking that brackets match and nest at most 3 deep. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isPunctuation(c)) {
      if (c === 91) depth++;
      if (c === 93 && --depth < 0) throw new ParseError(invalid.brackets);
      if (depth > 3) throw new ParseError(invalid.tooDeep);
      tokens.push(text[i++]);
      continue;
    }
    const start = i;
    while (i < n && !isPunctuation(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i))) i++;
    tokens.push(text.slice(start, i));
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
        rows[rows.length - 1].push(parseNumber(t));
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

/** Whether every node of `list` is a number (true when it is empty). */
function allNumbers(list: readonly Node[]): boolean {
  for (const n of list) if (typeof n !== 'number') return false;
  return true;
}

/** Whether every node of `list` is a list (true when it is empty). */
function allLists(list: readonly Node[]): boolean {
  for (const n of list) if (typeof n === 'number') return false;
  return true;
}

function toValue(node: Node): AnswerValue {
  if (typeof node === 'number') return node;
  if (allNumbers(node)) return node as number[];
  if (!allLists(node)) throw new ParseError(invalid.mixed);
  const rows = node as Node[][];
  let flat = true;
  let deep = true;
  for (const r of rows) {
    if (!allNumbers(r)) flat = false;
    if (!allLists(r)) deep = false;
  }
  if (!flat) throw new ParseError(deep ? invalid.tooDeep : invalid.mixed);
  for (const r of rows) if (r.length !== rows[0].length) throw new ParseError(invalid.ragged);
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
    // One number, as most answers are: nothing to read around it.
    if (tokens.length === 1 && !isPunctuation(tokens[0].charCodeAt(0))) {
      return { ok: true, value: parseNumber(tokens[0]) };
    }
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
  if (typeof expected === 'number' && typeof got === 'number') return parsed;
  const size = sizeOf(got);
  if (typeof expected === 'number') {
    return size === 1
      ? { ok: true, value: flatten(got)[0] }
      : { ok: false, reason: invalid.wrongCount(1, size) };
  }
  if (expected.length > 0 && Array.isArray(expected[0])) {
    const rows = expected.length;
    const cols = (expected as number[][])[0].length;
    const isMatrix = Array.isArray(got) && got.length > 0 && Array.isArray(got[0]);
    if (isMatrix && got.length === rows && (got as number[][])[0].length === cols) {
      return { ok: true, value: got };
    }
    if (rows === 1 && size === cols && !isMatrix) return { ok: true, value: [flatten(got)] };
    const what = shapeOf(got);
    return { ok: false, reason: invalid.wrongShape(rows, cols, what.en, what.ko) };
  }
  const n = expected.length;
  const isColumnOrRow =
    typeof got === 'number' ||
    !Array.isArray(got[0]) ||
    got.length === 1 ||
    (got as number[][]).every((r) => r.length === 1);
  if (isColumnOrRow && size === n) return { ok: true, value: flatten(got) };
  return { ok: false, reason: invalid.wrongCount(n, size) };
}
