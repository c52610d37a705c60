// Korean particles attach to formulas, code and terms and agree with them; English uses one spelling.
import { describe, expect, it } from 'vitest';
import { glossary } from '@/lib/content';
import { josa } from '@/lib/i18n/particle';
import { PARTICLE_BASE } from '../../helpers/particle-forms';
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

/** Names written in Latin letters whose particles are checked (their readings are `josa`'s). */
const LATIN_NAMES = [
  'RMSProp',
  'Adam',
  'Adagrad',
  'ReLU',
  'tanh',
  'PyTorch',
  'Keras',
  'MSE',
  'MAE',
  'BCE',
  'MLP',
  'GPU',
  'AI',
  'SGD',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Particles after a glossary term or a Latin name that do not agree with how it is read. */
function disagreements(text: string): string[] {
  const out: string[] = [];
  for (const word of [...glossary.map((e) => e.ko), ...LATIN_NAMES]) {
    const re = new RegExp(
      `(?<![A-Za-z\\uAC00-\\uD7A3])${escapeRegExp(word)}(은|는|이|가|을|를|과|와)(?![\\uAC00-\\uD7A3])`,
      'g',
    );
    for (const m of text.matchAll(re)) if (josa(word, PARTICLE_BASE[m[1]]) !== m[1]) out.push(m[0]);
  }
  return out;
}

/**
 * A formula or a number written in the text, then a particle (not a pair such as `을(를)`, which
 * a message writes where it cannot know what comes before).
 */
const READ_PARTICLE =
  /(\$[^$]+\$|(?<![\w.$])-?\d+(?:\.\d+)?(?:e-?\d+)?)(으로|로|은|는|이|가|을|를|과|와)(?![\uAC00-\uD7A3(])/g;

/** Particles after a formula or a number that do not agree with how it is read (3960으로, 1.18을, $N$으로). */
function readingDisagreements(text: string): string[] {
  return [...text.matchAll(READ_PARTICLE)]
    .filter((m) => josa(m[1], PARTICLE_BASE[m[2]]) !== m[2])
    .map((m) => m[0]);
}

/** British spellings; the notes' own words are quoted and left as written. */
const BRITISH =
  /\b\w*(normalis|minimis|maximis|initialis|generalis|regularis|optimis|memoris|stabilis|recognis|summaris|penalis|visualis|utilis|emphasis)(e|es|ed|ing|ation|ations)\b|\b(centre|centred|centres|behaviour|colour|labelled|labelling|modelling)\b/gi;

describe('Korean spacing and agreement', () => {
  const texts = [...contentTexts('ko'), ...generatorTexts('ko')];
  /** Every Korean text: notes, cards, every generator's exercises, and the interface's words. */
  const koreanTexts = [...texts, ...allTexts('ko').filter((t) => t.where.startsWith('i18n'))];

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

  it('makes particles after numbers and formulas agree with how they are read', () => {
    expect(readingDisagreements('에포크 11가, 3960로, $x = -1.18$를, $y = [1, 0.5]$와')).toEqual([
      '11가',
      '3960로',
      '$x = -1.18$를',
    ]);
    expect(readingDisagreements('분산은 $B$으로 나눔, $N$로 나눔, $x$을, $\\sigma_B^2$를')).toEqual(
      ['$B$으로', '$N$로', '$x$을', '$\\sigma_B^2$를'],
    );
    expect(
      readingDisagreements('$B$로, $N$으로, $L$로, $\\ell$은, $B - 1$로, 버전 2을(를)'),
    ).toEqual([]);
    const found = koreanTexts.flatMap(({ where, text }) =>
      readingDisagreements(text).map((p) => `${where}: ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('makes particles agree with the term before them', () => {
    const found = koreanTexts.flatMap(({ where, text }) =>
      disagreements(text).map((p) => `${where}: ${p}`),
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
