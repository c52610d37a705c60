// Shared generator machinery: seed and level checks, tolerance, answer display, mistake candidates.

import { display } from '../format';
import { Rng, streamSeed } from '../random';
import type {
  AnswerValue,
  DiagnosingGenerator,
  Exercise,
  Level,
  Localized,
  Mistake,
  MistakeCandidate,
  SolutionStep,
  Tolerance,
  Topic,
} from '../types';

export type MistakeDef = { name: Localized; explanation: Localized };

/** What a generator computes from its drawn inputs. */
export interface Built {
  value: AnswerValue;
  prompt: Localized;
  solution: SolutionStep[];
  format: Localized;
  /** Whole-number answers (epochs, iterations) are checked exactly. */
  integer?: boolean;
}

export interface Spec<I extends object, K extends string> {
  id: string;
  topic: Topic;
  title: Localized;
  mistakes: Record<K, MistakeDef>;
  /** Draws the given numbers of one exercise (plain JSON). */
  draw(rng: Rng, level: Level): I;
  /** The answer (from the engine), the prompt and the worked solution. */
  build(inputs: I, level: Level): Built;
  /** The answers the usual mistakes give, recomputed from the inputs. */
  wrong(inputs: I, level: Level): Array<[K, AnswerValue]>;
}

export const RTOL = 1e-3;

/** Korean and English text. */
export function L(ko: string, en: string): Localized {
  return { ko, en };
}

export function step(ko: string, en: string, tex: string): SolutionStep {
  return { explain: { ko, en }, tex };
}

function flat(value: AnswerValue): number[] {
  return typeof value === 'number' ? [value] : (value as (number | number[])[]).flat();
}

/** Relative 1e-3 (4 significant figures pass) plus an absolute 1e-4 of the answer's scale near zero. */
export function toleranceFor(value: AnswerValue, integer = false): Tolerance {
  if (integer) return { rtol: 0, atol: 0.49 };
  const scale = Math.max(...flat(value).map(Math.abs));
  return { rtol: RTOL, atol: Math.max(1e-4 * scale, 1e-9) };
}

export function checkSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
}

export function checkLevel(level: number): asserts level is Level {
  if (level !== 1 && level !== 2 && level !== 3) {
    throw new RangeError(`level must be 1, 2 or 3, got ${level}`);
  }
}

/** -0 becomes 0, so an exercise survives a JSON round trip unchanged. */
function positiveZero(value: AnswerValue): AnswerValue {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  return (value as (number | number[])[]).map((x) => positiveZero(x)) as AnswerValue;
}

function allFinite(value: AnswerValue): boolean {
  return flat(value).every(Number.isFinite);
}

/** Turns a spec into a generator whose exercises are plain JSON and whose mistakes are recomputable. */
export function defineGenerator<I extends object, K extends string>(
  spec: Spec<I, K>,
): DiagnosingGenerator {
  const catalog: Mistake[] = (Object.keys(spec.mistakes) as K[]).map((id) => ({
    id,
    ...spec.mistakes[id],
  }));
  const byId = new Map(catalog.map((m) => [m.id, m]));
  return {
    id: spec.id,
    topic: spec.topic,
    title: spec.title,
    catalog,
    generate(seed: number, level: Level = 1): Exercise {
      checkSeed(seed);
      checkLevel(level);
      const inputs = spec.draw(new Rng(streamSeed(spec.id, seed, level)), level);
      const built = spec.build(inputs, level);
      const value = positiveZero(built.value);
      return {
        generatorId: spec.id,
        seed,
        level,
        topic: spec.topic,
        title: spec.title,
        prompt: built.prompt,
        inputs: inputs as Record<string, unknown>,
        answer: { value, display: display(value) },
        answerFormat: built.format,
        tolerance: toleranceFor(value, built.integer),
        solution: built.solution,
      };
    },
    mistakes(exercise: Exercise): MistakeCandidate[] {
      try {
        return spec
          .wrong(exercise.inputs as I, exercise.level)
          .filter(([, value]) => allFinite(value))
          .map(([id, value]) => ({ mistake: byId.get(id) as Mistake, value }));
      } catch {
        return [];
      }
    },
  };
}
