// Korean particles attach to formulas, code and terms and agree with them; English uses one spelling.
import { describe, expect, it } from 'vitest';
import { glossary } from '@/lib/content';
import { josa, type Particle } from '@/lib/i18n/particle';
import { allTexts, contentTexts, generatorTexts } from './texts';

/** Particles and endings that follow a word directly in Korean. */
const PARTICLES = new Set(
  '은 는 이 가 을 를 의 에 에서 에서는 에서도 에는 에게 으로 로 으로는 로는 와 과 도 만 이다 다 이고 이며 이면 면 이므로 이지만 인 일 이라 라 이라고 라고 보다 까지 부터 처럼 만큼 씩 입니다 개 번 배 개의 개로 개다 개에서 배가 번째'.split(
    ' ',
  ),
);

/** A closing `$`, a closing backquote or a cloze blank, then a space, then a particle standing alone. */
const SPACED = /(\$|`|\[\.\.\.\]) ([\uAC00-\uD7A3]+)/g;

function spacedParticles(text: string): string[] {
  return [...text.matchAll(SPACED)].filter((m) => PARTICLES.has(m[2])).map((m) => m[0]);
}

/** Whether a Hangul syllable ends in a consonant (받침), and whether that consonant is ㄹ. */
function batchim(syllable: string): { final: boolean; rieul: boolean } {
  const code = (syllable.codePointAt(0) ?? 0) - 0xac00;
  return { final: code % 28 !== 0, rieul: code % 28 === 8 };
}

/** Names written in Latin letters, by whether their Korean reading ends in a consonant. */
const LATIN_FINAL: Record<string, boolean> = {
  RMSProp: true, // 알엠에스프롭
  Adam: true, // 아담
  Adagrad: false, // 아다그라드
  ReLU: false, // 렐루
  tanh: false, // 탄에이치
  PyTorch: false, // 파이토치
  Keras: false, // 케라스
  MSE: false,
  MAE: false,
  BCE: false,
  MLP: false,
  GPU: false,
  AI: false,
  SGD: false,
};

const PAIRS: Record<string, [string, string]> = {
  은: ['은', '는'],
  는: ['은', '는'],
  이: ['이', '가'],
  가: ['이', '가'],
  을: ['을', '를'],
  를: ['을', '를'],
  과: ['과', '와'],
  와: ['과', '와'],
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function disagreements(text: string): string[] {
  const out: string[] = [];
  const words = [
    ...glossary.map((e) => ({ word: e.ko, final: batchim(e.ko.slice(-1)).final })),
    ...Object.entries(LATIN_FINAL).map(([word, final]) => ({ word, final })),
  ];
  for (const { word, final } of words) {
    const re = new RegExp(
      `(?<![A-Za-z\\uAC00-\\uD7A3])${escapeRegExp(word)}(은|는|이|가|을|를|과|와)(?![\\uAC00-\\uD7A3])`,
      'g',
    );
    for (const m of text.matchAll(re)) {
      const [withFinal, withoutFinal] = PAIRS[m[1]];
      if (m[1] !== (final ? withFinal : withoutFinal)) out.push(m[0]);
    }
  }
  return out;
}

/** How a formula that ends in one Latin letter reads in Korean: 엘, 엠, 엔, 알 end in a consonant (ㄹ for L and R). */
function letterFinal(letter: string): { final: boolean; rieul: boolean } {
  const l = letter.toUpperCase();
  return { final: 'LMNR'.includes(l), rieul: l === 'L' || l === 'R' };
}

/** A formula ending in one Latin letter (`$B$`, `$B - 1$` does not count), then a particle. */
const LETTER_PARTICLE =
  /\$[^$]*?(?<![A-Za-z\\])([A-Za-z])\$(으로|로|은|는|이|가|을|를|과|와)(?![\uAC00-\uD7A3])/g;

/** Particles after a one-letter formula that do not agree with how the letter is read. */
function letterDisagreements(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LETTER_PARTICLE)) {
    const { final, rieul } = letterFinal(m[1]);
    const particle = m[2];
    if (particle === '으로' || particle === '로') {
      if (particle !== (final && !rieul ? '으로' : '로')) out.push(m[0]);
      continue;
    }
    const [withFinal, withoutFinal] = PAIRS[particle];
    if (particle !== (final ? withFinal : withoutFinal)) out.push(m[0]);
  }
  return out;
}

const BASE: Record<string, Particle> = {
  은: '은',
  는: '은',
  이: '이',
  가: '이',
  을: '을',
  를: '을',
  과: '과',
  와: '과',
  으로: '으로',
  로: '으로',
};

/** A formula or a number written in the text, then a particle. */
const READ_PARTICLE =
  /(\$[^$]+\$|(?<![\w.$])-?\d+(?:\.\d+)?(?:e-?\d+)?)(으로|로|은|는|이|가|을|를|과|와)(?![\uAC00-\uD7A3])/g;

/** Particles after a formula or a number that do not agree with how it is read (3960으로, 1.18을, 11이). */
function readingDisagreements(text: string): string[] {
  return [...text.matchAll(READ_PARTICLE)]
    .filter((m) => josa(m[1], BASE[m[2]]) !== m[2])
    .map((m) => m[0]);
}

/** British spellings; the notes' own words are quoted and left as written. */
const BRITISH =
  /\b\w*(normalis|minimis|maximis|initialis|generalis|regularis|optimis|memoris|stabilis|recognis|summaris|penalis|visualis|utilis|emphasis)(e|es|ed|ing|ation|ations)\b|\b(centre|centred|centres|behaviour|colour|labelled|labelling|modelling)\b/gi;

describe('Korean spacing and agreement', () => {
  const texts = [...contentTexts('ko'), ...generatorTexts('ko')];

  it('finds a spaced particle and a disagreeing one', () => {
    expect(spacedParticles('$x$ 를 구한다. `nn.L1Loss` 다. [...] 이다. $x$ 사이')).toEqual([
      '$ 를',
      '` 다',
      '[...] 이다',
    ]);
    expect(disagreements('RMSProp는 Adam와 학습률를 쓴다. 경사 하강법이 에포크는.')).toEqual([
      '학습률를',
      'RMSProp는',
      'Adam와',
    ]);
  });

  it('attaches particles to formulas, code and cloze blanks', () => {
    const found = texts.flatMap(({ where, text }) =>
      spacedParticles(text).map((p) => `${where}: ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('makes particles agree with a one-letter formula as it is read (비로, 엔으로, 엘로)', () => {
    expect(letterDisagreements('분산은 $B$으로 나눔, $N$로 나눔, $x$을 구한다')).toEqual([
      '$B$으로',
      '$N$로',
      '$x$을',
    ]);
    expect(letterDisagreements('$B$로, $N$으로, $L$로, $L$을, $B - 1$로, $\\eta$를')).toEqual([]);
    const found = [...texts, ...allTexts('ko').filter((t) => t.where.startsWith('i18n'))].flatMap(
      ({ where, text }) => letterDisagreements(text).map((p) => `${where}: ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('makes particles after numbers and formulas agree with how they are read, for every seed', () => {
    expect(readingDisagreements('에포크 11가, 3960로, $x = -1.18$를, $y = [1, 0.5]$와')).toEqual([
      '11가',
      '3960로',
      '$x = -1.18$를',
    ]);
    const found = generatorTexts('ko').flatMap(({ where, text }) =>
      readingDisagreements(text).map((p) => `${where}: ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('makes particles agree with the term before them', () => {
    const found = [...texts, ...allTexts('ko').filter((t) => t.where.startsWith('i18n'))].flatMap(
      ({ where, text }) => disagreements(text).map((p) => `${where}: ${p}`),
    );
    expect(found).toEqual([]);
  });
});

describe('English spelling', () => {
  it('uses -ize, -er and -or throughout (outside quotations of the notes)', () => {
    expect('normalised, centred behaviour'.match(BRITISH)).toHaveLength(3);
    const found = allTexts('en').flatMap(({ where, text }) =>
      (text.replace(/"[^"\n]*"/g, '').match(BRITISH) ?? []).map((w) => `${where}: ${w}`),
    );
    expect(found).toEqual([]);
  });
});
