// Turns a choice spec into a generator: seeded inputs, options shuffled from the seed, ids a, b, c, …

import { checkLevel, checkSeed } from '../generators/common';
import { Rng, streamSeed } from '../random';
import type {
  ChoiceExercise,
  ChoiceGenerator,
  Figure,
  Level,
  Localized,
  SolutionStep,
  Topic,
} from '../types';

/** One option as a spec writes it: a stable key, its label, and why it is right or wrong. */
export interface Option {
  key: string;
  label: Localized;
  explanation: Localized;
}

/** What a spec builds from its inputs. */
export interface BuiltChoice {
  prompt: Localized;
  figure: Figure;
  options: Option[];
  /** The key of the right option, or for a multi-match question one key per item, in order. */
  correct: string | string[];
  /** The things to match, in order (multi-match only). */
  items?: Localized[];
  solution: SolutionStep[];
}

export interface ChoiceSpec<I extends object> {
  id: string;
  topic: Topic;
  title: Localized;
  /** What each level asks (read from `draw` and `build`): a short noun phrase in each language. */
  levels: Record<Level, Localized>;
  /** Draws the inputs of one exercise (plain JSON); the figure is recomputed from them. */
  draw(rng: Rng, level: Level): I;
  build(inputs: I, level: Level): BuiltChoice;
}

export const CHOICE_IDS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

const singleFormat: Localized = {
  ko: '보기 하나를 고르세요 (키보드: 1–4 또는 A–D, Enter로 채점).',
  en: 'Pick one option (keyboard: 1–4 or A–D, Enter to check).',
};

/** An example answer with one letter for each of `count` items: a,c / a,c,b / a,c,b,d. */
export function exampleLetters(count: number): string {
  return ['a', 'c', 'b', 'd', 'f', 'e'].slice(0, count).join(',');
}

function multiFormat(count: number): Localized {
  const example = exampleLetters(count);
  return {
    ko: `항목 ${count}개 각각에 맞는 보기의 문자를 순서대로 쉼표로 구분해 입력하세요 (예: ${example}).`,
    en: `Type the letter of the matching option for each of the ${count} items, in order, separated by commas (for example ${example}).`,
  };
}

/** A generator of choice exercises from a spec. */
export function defineChoiceGenerator<I extends object>(spec: ChoiceSpec<I>): ChoiceGenerator {
  return {
    id: spec.id,
    topic: spec.topic,
    title: spec.title,
    levels: spec.levels,
    kind: 'choice',
    generate(seed: number, level: Level = 1): ChoiceExercise {
      checkSeed(seed);
      checkLevel(level);
      const stream = streamSeed(spec.id, seed, level);
      const inputs = spec.draw(new Rng(stream), level);
      const built = spec.build(inputs, level);
      const order = new Rng(stream ^ 0x5bd1e995).shuffle(built.options);
      const idOf = new Map(order.map((option, i) => [option.key, CHOICE_IDS[i]]));
      const keys = Array.isArray(built.correct) ? built.correct : [built.correct];
      const value = keys.map((key) => {
        const id = idOf.get(key);
        if (!id) throw new Error(`${spec.id}: the right option "${key}" is not among the options`);
        return id;
      });
      const exercise: ChoiceExercise = {
        kind: 'choice',
        generatorId: spec.id,
        seed,
        level,
        topic: spec.topic,
        title: spec.title,
        prompt: built.prompt,
        inputs: inputs as Record<string, unknown>,
        choices: order.map((option, i) => ({ id: CHOICE_IDS[i], label: option.label })),
        figure: built.figure,
        answer: { value, display: value.join(',') },
        answerFormat: built.items ? multiFormat(built.items.length) : singleFormat,
        explanations: Object.fromEntries(
          order.map((option, i) => [CHOICE_IDS[i], option.explanation]),
        ),
        solution: built.solution,
      };
      if (built.items) exercise.items = built.items;
      return exercise;
    },
  };
}
