// Reads what a learner typed into a number, vector or matrix, or says precisely why it cannot.

import { invalid, MAX_INPUT_LENGTH } from './messages';
import { isPunctuation, normalize, ParseError, parseNumber, plainDecimal } from './parse-number';
import { flatten, sizeOf } from './tolerance';
import type { AnswerValue, Localized } from './types';

export { normalize } from './parse-number';

export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; reason: Localized };

type Node = number | Node[];

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
      // `a - b`: a calculation, or a list with a sign set apart? Neither is read.
      const apart = (t === '-' || t === '+') && !afterSeparator && rows[rows.length - 1].length > 0;
      if (apart && this.valueNext()) throw new ParseError(invalid.looseSign);
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

  /** Whether the next token is a number or a list. */
  private valueNext(): boolean {
    const next = this.tokens[this.i];
    return next !== undefined && next !== ']' && next !== ',' && next !== ';';
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

/** Where the plain decimal that starts at `text[i]` ends: at a space, bracket or separator. */
function numberEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 32 || isPunctuation(c)) break;
    end++;
  }
  return end;
}

/** `text` from `i` on past its spaces. */
function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * Plain finite decimals separated by commas up to a `]`, read from `text[i]` on: the numbers and
 * where the text goes on after the `]` and its spaces, or undefined for anything else.
 */
function quickRow(text: string, i: number): { row: number[]; next: number } | undefined {
  const row: number[] = [];
  for (;;) {
    const end = numberEnd(text, i);
    const x = end > i ? plainDecimal(text.slice(i, end)) : undefined;
    if (x === undefined || !Number.isFinite(x)) return undefined;
    row.push(x);
    i = skipSpaces(text, end);
    const c = text.charCodeAt(i);
    if (c === 93) return { row, next: skipSpaces(text, i + 1) }; // ']'
    if (c !== 44) return undefined; // not ','
    i = skipSpaces(text, i + 1);
  }
}

/**
 * How answers are displayed and mostly typed, read in one pass: `[a, b]` or `[[a, b], [c, d]]` of
 * plain finite decimals, commas between them and spaces anywhere between tokens. Gives the list as
 * the general reader does, or undefined for any other text, which that reader then reads (or says
 * why it cannot).
 */
function quickBracketed(text: string): Node[] | undefined {
  const start = skipSpaces(text, 1);
  if (text.charCodeAt(start) !== 91) {
    const vector = quickRow(text, start);
    return vector?.next === text.length ? vector.row : undefined;
  }
  const rows: number[][] = [];
  let i = start;
  for (;;) {
    const read = quickRow(text, skipSpaces(text, i + 1)); // after the row's '['
    if (read === undefined) return undefined;
    rows.push(read.row);
    const c = text.charCodeAt(read.next);
    if (c === 93) return skipSpaces(text, read.next + 1) === text.length ? rows : undefined; // ']'
    if (c !== 44) return undefined; // not ','
    i = skipSpaces(text, read.next + 1);
    if (text.charCodeAt(i) !== 91) return undefined; // after a row, only another row
  }
}

/** A plain finite decimal, or a bracketed list of them (`quickBracketed`), else undefined. */
function quickRead(text: string): AnswerValue | undefined {
  if (text.charCodeAt(0) === 91) {
    const list = quickBracketed(text);
    return list === undefined ? undefined : toValue(list);
  }
  const x = plainDecimal(text);
  return x !== undefined && Number.isFinite(x) ? x : undefined;
}

/** Parses any answer shape: `0.5`, `[a, b]`, `a, b`, `[[a, b], [c, d]]`, `a, b; c, d`. */
export function parseAnswer(input: string): ParseResult {
  try {
    if (typeof input !== 'string') return { ok: false, reason: invalid.unreadable };
    if (input.length > MAX_INPUT_LENGTH) return { ok: false, reason: invalid.tooLong };
    // A number or list as answers display it: read as it is (such text is already normalized,
    // having nothing but digits, signs, points, a lower-case `e`, brackets, commas and spaces).
    const quick = quickRead(input);
    if (quick !== undefined) return { ok: true, value: quick };
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

/** A number grouped by thousands with commas: two groups or more, or with a decimal part. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^[+-]?\d{1,3},\d{3}\.\d+$/;

/**
 * What a box for one number makes of `input`, which reads as `size` values: a number grouped by
 * thousands when it can be nothing else (`1,234,567`, `1,234.5`), else a wrong count.
 */
function oneNumber(input: string, size: number): ParseResult {
  const text = normalize(input);
  if (GROUPED.test(text)) return { ok: true, value: parseNumber(text.replaceAll(',', '')) };
  return { ok: false, reason: wrongCount(input, 1, size) };
}

/**
 * "Expected 2 values, got 4", saying that a comma separates values when one stands between digits:
 * `0,5` and `1,538` are not one number, being 0.5 or 1538 to one learner and 1.538 to another.
 */
function wrongCount(input: string, expected: number, got: number): Localized {
  const reason = invalid.wrongCount(expected, got);
  if (!/\d,\d/.test(normalize(input))) return reason;
  return { ko: `${reason.ko} ${invalid.commaHint.ko}`, en: `${reason.en} ${invalid.commaHint.en}` };
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
    return size === 1 ? { ok: true, value: flatten(got)[0] } : oneNumber(input, size);
  }
  if (expected.length > 0 && Array.isArray(expected[0])) {
    const rows = expected.length;
    const cols = (expected as number[][])[0].length;
    const isMatrix = Array.isArray(got) && got.length > 0 && Array.isArray(got[0]);
    if (isMatrix && got.length === rows && (got as number[][])[0].length === cols) {
      return { ok: true, value: got };
    }
    if (rows === 1 && size === cols && !isMatrix) return { ok: true, value: [flatten(got)] };
    if (size === rows * cols && Array.isArray(got) && !isMatrix) {
      return { ok: false, reason: invalid.rowsUnmarked(rows, cols, size) };
    }
    const what = shapeOf(got);
    return { ok: false, reason: invalid.wrongShape(rows, cols, what.en, what.ko) };
  }
  const n = expected.length;
  const isRow = typeof got !== 'number' && !Array.isArray(got[0]);
  const isColumnOrRow =
    typeof got === 'number' ||
    isRow ||
    got.length === 1 ||
    (got as number[][]).every((r) => r.length === 1);
  // A row is already the vector; anything else is flattened into one.
  if (isColumnOrRow && size === n) return isRow ? parsed : { ok: true, value: flatten(got) };
  if (isColumnOrRow) return { ok: false, reason: wrongCount(input, n, size) };
  const what = shapeOf(got);
  return { ok: false, reason: invalid.notVector(n, what.en, what.ko) };
}
