// Splits Korean text into runs, marking the English words in it so the page can give them lang="en".

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
/** A run of Latin words: each starts with a letter and may hold digits, hyphens and apostrophes. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’-]*(?:\s+[A-Za-z][A-Za-z0-9'’-]*)*/g;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

export interface Run {
  text: string;
  lang?: 'en';
}

/**
 * The text in runs; the English ones carry `lang: 'en'`.
 * @example languageRuns('Adam 옵티마이저') // [{ text: 'Adam', lang: 'en' }, { text: ' 옵티마이저' }]
 */
export function languageRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: match[0], lang: 'en' });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
