// Cloze text parsing: finds the one `{{...}}` hidden part of a card, aware of TeX braces inside it.

export type ClozeParts = { before: string; hidden: string; after: string };

/** What a cloze card's front shows in place of the hidden part. */
export const CLOZE_BLANK = '[...]';

/**
 * Splits a cloze text at its single `{{...}}`. Braces are counted so that TeX such as
 * `{{$\frac{1}{1+e^{-x}}$}}` closes at the right `}}`; `\{` and `\}` are skipped.
 * Returns the parts, or a message saying what is wrong.
 */
export function parseCloze(text: string): ClozeParts | string {
  let depth = 0;
  let open = -1;
  let close = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (open >= 0 && close < 0) {
      // inside the hidden part: depth counts braces opened within it
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0 && text[i + 1] === '}') {
          close = i;
          i++;
        } else if (depth === 0) return 'unbalanced "}" inside {{...}}';
        else depth--;
      }
      continue;
    }
    if (c === '{' && depth === 0 && text[i + 1] === '{') {
      count++;
      if (count > 1) return 'must contain exactly one {{...}}, found more';
      open = i;
      close = -1;
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return 'unbalanced "}"';
      depth--;
    }
  }
  if (open < 0) return 'must contain exactly one {{...}}, found none';
  if (close < 0) return '{{ is never closed by }}';
  if (depth !== 0) return 'unbalanced "{"';
  const hidden = text.slice(open + 2, close);
  if (hidden.trim() === '') return 'the hidden part {{...}} is empty';
  return { before: text.slice(0, open), hidden, after: text.slice(close + 2) };
}

/**
 * Written between bold and a particle: CommonMark opens and closes `**` next to a letter only when the
 * bold text does not start or end in punctuation, so `**$0.01$**이다` would stay unparsed. A character
 * reference is punctuation to the parser and renders as an invisible word joiner (U+2060).
 */
const JOINER = '&#8288;';
const PUNCT = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;

/** The front (blank) and back (hidden part in bold) of a cloze text. */
export function clozeFaces(text: string): { front: string; back: string } {
  const parts = parseCloze(text);
  if (typeof parts === 'string') throw new Error(parts);
  const hidden = parts.hidden.trim();
  const open = WORD.test(parts.before.slice(-1)) && PUNCT.test(hidden[0]) ? JOINER : '';
  const close = PUNCT.test(hidden.slice(-1)) && WORD.test(parts.after[0] ?? '') ? JOINER : '';
  return {
    front: `${parts.before}${CLOZE_BLANK}${parts.after}`,
    back: `${parts.before}${open}**${hidden}**${close}${parts.after}`,
  };
}
