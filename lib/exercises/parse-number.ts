// Reads one number as a learner types it (decimal, scientific, a fraction, Unicode variants), or says why it cannot.

import { invalid } from './messages';
import type { Localized } from './types';

/** Why what was typed cannot be read, in both languages. */
export class ParseError extends Error {
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

/** Whether `c` is the code of `[`, `]`, `,` or `;`: a token of its own in an answer. */
export function isPunctuation(c: number): boolean {
  return c === 91 || c === 93 || c === 44 || c === 59;
}

/**
 * Whether `input` is only digits, signs, points, `e`, brackets, separators and spaces, with no sign
 * followed by a space and no point at the end: nothing to rewrite but the case and the ends.
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
  const end = input.trimEnd();
  return end.charCodeAt(end.length - 1) !== 46; // not ending in '.'
}

/** Quotation marks around an answer (a habit, or autocorrect's smart quotes), straight or curly. */
const QUOTES = '["\'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u300C-\u300F]';
const LEADING_QUOTES = new RegExp(`^${QUOTES}+`);
const TRAILING_QUOTES = new RegExp(`${QUOTES}+$`);

/** `text` without the quotation marks around it. */
function unquoted(text: string): string {
  return text.trim().replace(LEADING_QUOTES, '').replace(TRAILING_QUOTES, '').trim();
}

/** A full stop after the last number, bracket or quotation mark (a phone's double space types one). */
const FULL_STOP = new RegExp(`(?<=[\\d\\]]|${QUOTES})\\s*\\.$`);

/** An equals or approximately-equals sign before the answer (`= 0.5`, `≈ 0.0911`). */
const LEADING_EQUALS = /^[=≈]\s*/;

/**
 * `text` without an equals sign before it, quotation marks around it or a full stop at its end:
 * none of them changes what the number reads.
 */
function unwrap(text: string): string {
  return unquoted(unquoted(text.trim().replace(LEADING_EQUALS, '')).replace(FULL_STOP, ''));
}

/**
 * Unicode and keyboard variants to plain ASCII: full-width digits and brackets, minus signs and
 * dashes, ×, ·, 10⁻³, ^(-3), `**`, ½ and ÷, the Korean layout's ㄷ, ㄸ and ㅌ for e, E and x; with
 * no `=` or `≈` before the answer, quotation marks around it or a full stop after it; a line break
 * between values as `;` (a new row), and a sign set apart at the start or after a separator
 * joined to its number.
 */
export function normalize(input: string): string {
  // What the answers are displayed as, and most typed answers, need no rewriting but the case.
  if (isPlain(input)) return input.toLowerCase().trim();
  const text = input
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (m) => `^${[...m].map((c) => SUPERSCRIPTS[c]).join('')}`)
    // NFKC, except for Hangul letters (ㄷ), which it would turn into conjoining jamo (ᄃ) that a
    // message quoting the text could not show as typed.
    .replace(/[^\u3131-\u318E]+/g, (run) => run.normalize('NFKC'))
    .replace(/[\u2212\u2010-\u2015\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[×\u00B7\u22C5\u2219\u2715\u2716]/g, '*')
    .replace(/\\times|\\cdot/g, '*')
    .replace(/[\u2044\u2215÷]/g, '/')
    .replace(/[\u3001\u3002]/g, (c) => (c === '\u3001' ? ',' : '.'))
    .replace(/[\u3010\u3014\u3016\u3008\u27E8]/g, '[')
    .replace(/[\u3011\u3015\u3017\u3009\u27E9]/g, ']')
    .toLowerCase()
    .replace(/\^\s*[({]\s*([+-]?\s*\d+)\s*[)}]/g, (_, e: string) => `^${e.replace(/\s/g, '')}`)
    // The keys of e, E and x with the Korean layout on.
    .replace(/([\d.])[ㄷㄸ](?=[+-]?\d)/g, '$1e')
    .replace(/([\d.])\s*[xㅌ]\s*(?=10\^)/g, '$1*')
    .replace(/[({]/g, '[')
    .replace(/[)}]/g, ']')
    .replace(/\s*([*^/])\s*/g, '$1')
    .replace(/\s+%/g, '%')
    .replace(/10\*\*(?=[+-]?\d)/g, '10^');
  return unwrap(text)
    .replace(/(?<=[^\s,;[])[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029]\s*(?=[^\s,;\]])/g, ';')
    .replace(/(^|[,;[])(\s*)([+-])\s+(?=[\d.])/g, '$1$2$3');
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
export function plainDecimal(text: string): number | undefined {
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
  if (token.endsWith('%') && parseDecimal(token.slice(0, -1)) !== undefined) {
    throw new ParseError(invalid.percent(token));
  }
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
