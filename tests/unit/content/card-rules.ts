// What the card rules look at: a card's question and answer as written, and the detectors of a
// repeated answer and of a computed number to recall.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {
  type CardSource,
  CLOZE_BLANK,
  defaultConceptsDir,
  frontMatterSchema,
  parseCloze,
} from '@/lib/content';

export type Lang = 'ko' | 'en';
export const LANGS: Lang[] = ['ko', 'en'];

/** A card's answer longer than this many characters is more than a short paragraph (about 40 words). */
export const MAX_ANSWER_CHARS = 240;

/** The question and the answer of a card as written: a cloze's answer is its hidden part. */
export function questionAndAnswer(
  card: CardSource,
  lang: Lang,
): { question: string; answer: string } {
  if (card.kind === 'basic') return { question: card.front[lang], answer: card.back[lang] };
  const parts = parseCloze(card.text[lang]);
  if (typeof parts === 'string') throw new Error(`${card.id}: ${parts}`);
  return { question: `${parts.before}${CLOZE_BLANK}${parts.after}`, answer: parts.hidden };
}

/** The answer as compared for duplicates: no TeX delimiters, spacing, punctuation or case. */
export function normalizedAnswer(answer: string): string {
  return answer
    .toLowerCase()
    .replace(/\\[,;:! ]/g, '')
    .replace(/[\s$*`.,:;()[\]{}'"“”‘’!?\-–—]/g, '');
}

const TEX_SPACING = /\\[,;:! ]|\\quad/g;
/** What a bare number may be made of: digits, signs, separators, brackets, ×10^k, and a counter word. */
const NUMBER_PARTS = /\\times|\\cdot|\\approx|[\d.,+\-−×^{}()[\]=]|번|배|개|회|times/g;

/**
 * True when an answer is nothing but a number or a list of numbers (with at most a counter word such
 * as "times" or 번): what is left after removing TeX delimiters and spacing, digits, signs,
 * separators, brackets, `\times 10^{k}` and counter words is empty, and a digit was there.
 */
export function isBareNumber(answer: string): boolean {
  const text = answer.replace(/\$/g, '').replace(TEX_SPACING, '').replace(/\s+/g, '');
  return /\d/.test(text) && text.replace(NUMBER_PARTS, '') === '';
}

/**
 * True when an answer states a value computed from numbers the question gives: the question holds a
 * number (subscripts aside) and some `$…$` of the answer is a bare number or list of numbers, or ends
 * in `= <number>` or `\approx <number>` (a symbol set to a number, such as `K = 2`, aside).
 * A calculation to recall, which an exercise practises better.
 */
export function statesComputedValue(question: string, answer: string): boolean {
  const givesNumbers = /\d/.test(
    question.replace(/\$[^$]*\$/g, (tex) => tex.replace(/_\{?\d+\}?/g, '')),
  );
  if (!givesNumbers) return false;
  const math = answer.match(/\$[^$]+\$/g) ?? [];
  return math.some((tex) => {
    const body = tex.slice(1, -1).replace(TEX_SPACING, '').trim();
    // `K = 2` names a case (a symbol set to a number); it is not a result
    if (/^\\?[A-Za-z]+(_\{?\w+\}?)?\s*=\s*-?[\d.]+$/.test(body)) return false;
    return (
      isBareNumber(body) || /(=|\\approx)\s*-?[\d.,{}]+\s*(\\times\s*10\^\{?-?\d+\}?)?$/.test(body)
    );
  });
}

/** A library's default (Adam's β₂ = 0.999, BatchNorm's ε) is a fact to know, not a computed number. */
export function asksForADefault(question: string): boolean {
  return /default|기본/i.test(question);
}

/** The cards of every concept file in `dir` (default: the repository's), as written. */
export function sourceCards(dir = defaultConceptsDir()): { slug: string; cards: CardSource[] }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const data = frontMatterSchema.parse(
        matter(fs.readFileSync(path.join(dir, f), 'utf8'), {}).data,
      );
      return { slug: data.slug, cards: data.cards };
    });
}
