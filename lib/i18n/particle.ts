// Korean particles chosen by how the number, formula or word before them is read aloud.

/** The form of a particle used after a final consonant; `josa` picks the other form when there is none. */
export type Particle = '은' | '이' | '을' | '과' | '으로';

const AFTER_VOWEL: Record<Particle, string> = {
  은: '는',
  이: '가',
  을: '를',
  과: '와',
  으로: '로',
};

/** How a reading ends: with a final consonant (받침) or not, and whether that consonant is ㄹ. */
export interface Ending {
  final: boolean;
  rieul: boolean;
}

const VOWEL: Ending = { final: false, rieul: false };
const CONSONANT: Ending = { final: true, rieul: false };
const RIEUL: Ending = { final: true, rieul: true };

/** Last digits as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT: Ending[] = [
  CONSONANT,
  RIEUL,
  VOWEL,
  CONSONANT,
  VOWEL,
  VOWEL,
  CONSONANT,
  RIEUL,
  RIEUL,
  VOWEL,
];

/** Greek letters and TeX names by their Korean reading (시그마, 세타, 엡실론, …). */
const NAMES: Record<string, Ending> = {
  alpha: VOWEL,
  beta: VOWEL,
  gamma: VOWEL,
  delta: VOWEL,
  epsilon: CONSONANT,
  varepsilon: CONSONANT,
  eta: VOWEL,
  theta: VOWEL,
  lambda: VOWEL,
  mu: VOWEL,
  sigma: VOWEL,
  tau: VOWEL,
  pi: VOWEL,
  phi: VOWEL,
  omega: VOWEL,
  tanh: VOWEL,
  ell: RIEUL, // 엘
  ln: CONSONANT,
  log: CONSONANT,
};

/**
 * Words written in Latin letters by their Korean reading: names (알엠에스프롭, 아담, 아다그라드)
 * and the words of `\text{…}` subscripts (엔 인, 엔 아웃).
 */
const WORDS: Record<string, Ending> = {
  RMSProp: CONSONANT,
  Adam: CONSONANT,
  AdamW: VOWEL,
  Adagrad: VOWEL,
  ReLU: VOWEL,
  PyTorch: VOWEL,
  Keras: VOWEL,
  in: CONSONANT,
  out: CONSONANT,
};

/** Latin letters by their Korean reading: 엘, 엠, 엔, 알 end in a consonant (ㄹ for L and R). */
function letterEnding(letter: string): Ending {
  const l = letter.toUpperCase();
  if (l === 'L' || l === 'R') return RIEUL;
  return l === 'M' || l === 'N' ? CONSONANT : VOWEL;
}

function syllableEnding(syllable: string): Ending {
  const final = ((syllable.codePointAt(0) ?? 0) - 0xac00) % 28;
  return { final: final !== 0, rieul: final === 8 };
}

/** A trailing `( … )` group, balanced, with what comes before it. */
function withoutTrailingGroup(text: string): string | null {
  if (!text.endsWith(')')) return null;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return text.slice(0, i);
  }
  return null;
}

/**
 * How `text` (a number, a vector, a TeX formula with or without `$`, or a Korean word) ends when
 * read aloud: `3960` 구천구백육십 ends in 십, `1.18` in 팔, `x^2` in 제곱, `\theta_{3}` in 삼,
 * `\hat\sigma` in 시그마, `[0.5, -1.3]` in 삼; a Korean label ending in a parenthesis, by the word
 * before it.
 */
export function readingEnding(text: string): Ending {
  let t = text.trim().replace(/\$+$/, '').trimEnd();
  if (/[\uAC00-\uD7A3]/.test(t)) {
    // A parenthesis after a Korean word is an aside: the particle agrees with the word.
    for (let inner = withoutTrailingGroup(t); inner !== null; inner = withoutTrailingGroup(t))
      t = inner.trimEnd().replace(/\$+$/, '').trimEnd();
    if (/[\uAC00-\uD7A3]$/.test(t)) return syllableEnding(t.slice(-1));
  }
  // A fraction of numbers reads denominator first: \frac{1}{2} is 2분의 1 (a derivative reads in order).
  const fraction = t.match(/\\[td]?frac(?:\{([\d.]+)\}\{[\d.]+\}|(\d)\d)$/);
  if (fraction) t = fraction[1] ?? fraction[2];
  // So does a number over something: 1/(1 - p) is (1 - p)분의 1.
  const over = t.match(/(?:^|[^\w\\.])(\d+)\s*\/\s*(?:\([^()]*\)|\w+)$/);
  if (over) t = over[1];
  // A prime reads 프라임.
  if (t.endsWith("'")) return CONSONANT;
  // Closing brackets, norms and environments are not read; the thing they close is.
  const closing = /(?:[\])}|]|\\[rR]Vert|\\rvert|\\right|\\end\{[a-z]*\})$/;
  while (closing.test(t)) t = t.replace(closing, '').trimEnd();
  if (/\^\{?2\}?$/.test(t)) return CONSONANT; // 제곱
  const number = t.match(/(\d+)(\.\d+)?$/);
  if (number) {
    if (number[2]) return DIGIT[Number(number[2].slice(-1))];
    const whole = number[1];
    // A whole number ending in zeros ends in a place word: 십, 백, 천, 만 (or is 영).
    if (whole.endsWith('0')) return CONSONANT;
    return DIGIT[Number(whole.slice(-1))];
  }
  const word = t.match(/(?:^|[^A-Za-z])([A-Za-z]{2,})$/);
  if (word && WORDS[word[1]]) return WORDS[word[1]];
  const name = t.match(/\\([A-Za-z]+)$/);
  if (name) return NAMES[name[1]] ?? VOWEL;
  const letter = t.match(/([A-Za-z])$/);
  if (letter) return letterEnding(letter[1]);
  const syllable = t.match(/[\uAC00-\uD7A3]$/);
  if (syllable) return syllableEnding(syllable[0]);
  return VOWEL;
}

/** The particle that agrees with how `text` is read: `josa('1.18', '을')` is '을', `josa('19', '이')` is '가'. */
export function josa(text: string, particle: Particle): string {
  const { final, rieul } = readingEnding(text);
  if (particle === '으로') return final && !rieul ? '으로' : '로';
  return final ? particle : AFTER_VOWEL[particle];
}

/** `text` followed by the particle that agrees with it. */
export function withParticle(text: string, particle: Particle): string {
  return `${text}${josa(text, particle)}`;
}
