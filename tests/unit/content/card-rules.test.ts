// Each card asks one thing and has one short answer: the rules of the minimum information principle
// that a program can check, over the cards as written in content/concepts (both languages).
import { describe, expect, it } from 'vitest';
import { CLOZE_BLANK, loadConcepts } from '@/lib/content';
import {
  asksForADefault,
  isBareNumber,
  LANGS,
  MAX_ANSWER_CHARS,
  normalizedAnswer,
  questionAndAnswer,
  sourceCards,
  statesComputedValue,
} from './card-rules';

const concepts = sourceCards();

describe('the rule detectors', () => {
  it('call a computed number a number, and an explanation that holds one not', () => {
    for (const bare of [
      '$0.375$',
      '$(0,\\ 0,\\ 3)$',
      '$[4, 0, 12, 0]$',
      '15번',
      '10 times',
      '$9.5 \\times 10^{-7}$',
    ])
      expect(isBareNumber(bare), bare).toBe(true);
    for (const prose of [
      '$(0, 1)$: every output lies strictly between 0 and 1.',
      '$n - 1$',
      '$\\frac{1}{1-p}$',
      'ReLU',
    ])
      expect(isBareNumber(prose), prose).toBe(false);
    expect(
      statesComputedValue(
        'What is the MSE of $y = (3,\\ -0.5)$?',
        '$\\frac{0.25 + 0.25}{2} = 0.25$',
      ),
    ).toBe(true);
    expect(statesComputedValue('For $N = 1000$, $B = 64$?', '$10 \\times 16 = 160$.')).toBe(true);
    expect(
      statesComputedValue(
        'With $x = (1, 2)$, what is $\\mathrm{ReLU}(x - 1)$?',
        'It is $(0,\\ 1)$.',
      ),
    ).toBe(true);
    expect(
      statesComputedValue(
        'Does tanh solve the vanishing-gradient problem?',
        "No: $\\tanh'(2) \\approx 0.0707$.",
      ),
    ).toBe(false);
    expect(
      statesComputedValue('Only for 3 or more classes?', 'No: it holds for $K = 2$ too.'),
    ).toBe(false);
    expect(
      statesComputedValue(
        'Which factors give $\\partial L / \\partial W_1$?',
        '$\\delta_2 \\cdot W_2$.',
      ),
    ).toBe(false);
  });
});

describe('every card', () => {
  it('has, per language, an answer unlike any other answer of its concept', () => {
    for (const { slug, cards } of concepts) {
      for (const lang of LANGS) {
        const seen = new Map<string, string>();
        for (const card of cards) {
          const key = normalizedAnswer(questionAndAnswer(card, lang).answer);
          expect(
            seen.get(key),
            `${slug}: ${card.id} answers as ${seen.get(key)} does (${lang})`,
          ).toBeUndefined();
          seen.set(key, card.id);
        }
      }
    }
  });

  it('hides one part per cloze: its front shows exactly one blank in each language', () => {
    for (const concept of loadConcepts()) {
      for (const card of concept.cards.filter((c) => c.kind === 'cloze')) {
        for (const lang of LANGS) {
          expect(card.front[lang].split(CLOZE_BLANK).length - 1, `${card.id} (${lang})`).toBe(1);
        }
      }
    }
  });

  it(`answers in at most ${MAX_ANSWER_CHARS} characters, a short paragraph`, () => {
    for (const { cards } of concepts) {
      for (const card of cards) {
        for (const lang of LANGS) {
          const { answer } = questionAndAnswer(card, lang);
          expect(answer.length, `${card.id} (${lang}): ${answer}`).toBeLessThanOrEqual(
            MAX_ANSWER_CHARS,
          );
        }
      }
    }
  });

  it('asks for no computed number: no bare-number answer but a default, no value computed from numbers in the question', () => {
    for (const { cards } of concepts) {
      for (const card of cards) {
        for (const lang of LANGS) {
          const { question, answer } = questionAndAnswer(card, lang);
          if (asksForADefault(question)) continue;
          expect(isBareNumber(answer), `${card.id} (${lang}): ${answer}`).toBe(false);
          expect(statesComputedValue(question, answer), `${card.id} (${lang}): ${answer}`).toBe(
            false,
          );
        }
      }
    }
  });
});
