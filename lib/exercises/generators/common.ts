// Shared generator machinery: seed and level checks, the answer's display, mistake candidates.

import { display } from '../format';
import { Rng, streamSeed } from '../random';
import { reportBug } from '../report';
import type { RunsNote, RValue } from '../runs';
import {
  fairTolerance,
  flatten,
  mapValue,
  type Note,
  runPlain,
  runsTolerance,
  snapToZero,
  withPrecision,
} from '../tolerance';
import type {
  AnswerValue,
  DiagnosingGenerator,
  Level,
  Localized,
  Mistake,
  MistakeCandidate,
  NumericExercise,
  Part,
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
  parts?: never;
}

/** One answer box of a multi-part exercise, before its band is known. */
export interface PartDraft {
  id: string;
  label: string;
  name: string;
  prompt: Localized;
  format: Localized;
  value: AnswerValue;
  solution: SolutionStep[];
}

/**
 * What a generator of a multi-part exercise computes: its parts in order. Its learner path's
 * answer is every part's numbers in that order, so each part gets its own slice of the band; the
 * exercise's own answer is the last part's.
 */
export interface BuiltParts {
  prompt: Localized;
  parts: PartDraft[];
  integer?: never;
}

interface SpecBase<I extends object, K extends string> {
  id: string;
  topic: Topic;
  title: Localized;
  /** What each level asks, read from `draw` and `build`: a short noun phrase in each language. */
  levels: Record<Level, Localized>;
  mistakes: Record<K, MistakeDef>;
  /** Draws the given numbers of one exercise (plain JSON). */
  draw(rng: Rng, level: Level): I;
  /** The answer (from the engine), the prompt and the worked solution; or the parts of one. */
  build(inputs: I, level: Level): Built | BuiltParts;
  /**
   * The answers the usual mistakes give, recomputed from the inputs (for a multi-part exercise,
   * each with the part it answers: only `part`'s when it is given).
   */
  wrong(inputs: I, level: Level, part?: string): Array<[K, AnswerValue] | [K, AnswerValue, string]>;
}

/**
 * The careful learner's path: the answer computed from the inputs step by step as the worked
 * solution shows it, with every intermediate quantity the solution shows passed through `note`
 * and each later step computed from what `note` returned. With `note` the identity it equals
 * `build().value`; the grading tolerance is what rounding each noted value does to the answer.
 */
interface PlainPath<I extends object> {
  path(inputs: I, level: Level, note: Note): AnswerValue;
  runs?: never;
  exact?: never;
}

/**
 * The same path written over quantities (`lib/exercises/runs.ts`), for paths that note many
 * values: the band's nudged runs then go through it all at once.
 */
interface RunsPath<I extends object> {
  runs(inputs: I, level: Level, note: RunsNote): RValue;
  /**
   * The same path split into groups of answer values that no noted value of another group reaches
   * (an optimizer's parameters), each group's path answering its values, in the answer's order:
   * the band then runs each group's nudges only through its own path (`runsTolerance`).
   */
  groups?(inputs: I, level: Level): ((note: RunsNote) => RValue)[];
  path?: never;
  exact?: never;
}

/** The answer follows from the given numbers with no intermediate value a learner would round. */
interface ExactAnswer {
  exact: true;
  path?: never;
  runs?: never;
}

/**
 * A generator spec. Every one says how a learner reaches its answer, since that decides how
 * precisely the answer is graded: a learner `path` (or `runs`, the same over quantities), or
 * `exact: true` when the answer follows from the given numbers with no intermediate value a
 * learner would round (a ReLU of a given decimal, a count), so only the final rounding counts.
 */
export type Spec<I extends object, K extends string> = SpecBase<I, K> &
  (PlainPath<I> | RunsPath<I> | ExactAnswer);

/** Korean and English text. */
export function L(ko: string, en: string): Localized {
  return { ko, en };
}

export function step(ko: string, en: string, tex: string): SolutionStep {
  return { explain: { ko, en }, tex };
}

/**
 * `[f(0), f(1), …, f(n − 1)]` for values that are not drawn (one-hot rows, constants; draws use
 * `Rng.many`): a loop, where `Array.from({ length })` is slow.
 */
export function times<T>(n: number, f: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}

/** A matrix answer as the level asks: its first number (level 1), first column (level 2), or all of it. */
export function byLevel<T>(m: T[][], level: Level): T | T[] | T[][] {
  if (level === 1) return m[0][0];
  if (level === 2) return m.map((r) => r[0]);
  return m;
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

/** -0 becomes 0, so an exercise survives a JSON round trip unchanged (a value with none is kept). */
function positiveZero(value: AnswerValue): AnswerValue {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  return hasNegativeZero(value) ? mapValue(value, (x) => (x === 0 ? 0 : x)) : value;
}

/** Whether any number of `value` is -0. */
function hasNegativeZero(value: (number | number[])[] | number[][]): boolean {
  for (let i = 0; i < value.length; i++) {
    const x = value[i];
    if (typeof x === 'number') {
      if (Object.is(x, -0)) return true;
    } else {
      for (let j = 0; j < x.length; j++) if (Object.is(x[j], -0)) return true;
    }
  }
  return false;
}

/** Whether every number of `value` is finite. */
function allFinite(value: AnswerValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  for (let i = 0; i < value.length; i++) {
    const x = value[i];
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) return false;
    } else {
      for (let j = 0; j < x.length; j++) if (!Number.isFinite(x[j])) return false;
    }
  }
  return true;
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
  /** The learner's path for these inputs, or the exact answer when nothing is rounded on the way. */
  function learnerPath(inputs: I, level: Level): (note: Note) => AnswerValue {
    const { path, runs } = spec;
    if (path) return (note) => path(inputs, level, note);
    if (runs) return (note) => runPlain((n) => runs(inputs, level, n), note);
    return () => answerOf(spec.build(inputs, level));
  }
  /** The grading band of an exercise with these inputs and this answer. */
  function toleranceOf(inputs: I, level: Level, built: Built | BuiltParts): Tolerance {
    const { path, runs } = spec;
    if (built.integer) return { rtol: 0, atol: 0 };
    if (runs) {
      const groups = spec.groups?.(inputs, level) ?? [(note) => runs(inputs, level, note)];
      return runsTolerance(...groups);
    }
    return fairTolerance(path ? (note) => path(inputs, level, note) : () => answerOf(built));
  }
  return {
    id: spec.id,
    topic: spec.topic,
    title: spec.title,
    levels: spec.levels,
    catalog,
    generate(seed: number, level: Level = 1): NumericExercise {
      checkSeed(seed);
      checkLevel(level);
      const inputs = spec.draw(new Rng(streamSeed(spec.id, seed, level)), level);
      const built = spec.build(inputs, level);
      const tolerance = toleranceOf(inputs, level, built);
      const head = { spec, seed, level, prompt: built.prompt, inputs };
      if (!built.parts) {
        const shown = answered(built.value, built.format, tolerance, built.integer);
        return exerciseOf(head, shown, tolerance, built.solution);
      }
      const parts = partsOf(built.parts, tolerance);
      const last = parts[parts.length - 1];
      const chain = exerciseOf(
        head,
        last,
        last.tolerance,
        parts.flatMap((p) => p.solution),
      );
      chain.parts = parts;
      return chain;
    },
    learnerAnswer(exercise: NumericExercise, note: Note): AnswerValue {
      const answer = learnerPath(exercise.inputs as I, exercise.level)(note);
      // A multi-part path answers every part: the exercise's answer is the last one.
      return exercise.parts ? lastLike(answer, exercise.answer.value) : answer;
    },
    mistakes(exercise: NumericExercise, part?: string): MistakeCandidate[] {
      try {
        const candidates: MistakeCandidate[] = [];
        for (const wrong of spec.wrong(exercise.inputs as I, exercise.level, part)) {
          const value = wrong[1];
          if (!allFinite(value) || (part !== undefined && wrong[2] !== part)) continue;
          const candidate: MistakeCandidate = { mistake: byId.get(wrong[0]) as Mistake, value };
          if (wrong[2] !== undefined) candidate.part = wrong[2];
          candidates.push(candidate);
        }
        return candidates;
      } catch (error) {
        reportBug(`${spec.id} mistakes`, error, { seed: exercise.seed, level: exercise.level });
        return [];
      }
    },
  };
}

/** An exercise: one object literal of one shape for all of them, so the checker's reads stay fast. */
function exerciseOf(
  head: {
    spec: { id: string; topic: Topic; title: Localized };
    seed: number;
    level: Level;
    prompt: Localized;
    inputs: object;
  },
  shown: { answer: { value: AnswerValue; display: string }; answerFormat: Localized },
  tolerance: Tolerance,
  solution: SolutionStep[],
): NumericExercise {
  return {
    generatorId: head.spec.id,
    seed: head.seed,
    level: head.level,
    topic: head.spec.topic,
    title: head.spec.title,
    prompt: head.prompt,
    inputs: head.inputs as Record<string, unknown>,
    answer: shown.answer,
    answerFormat: shown.answerFormat,
    tolerance,
    solution,
  };
}

/** What a build answers: its value, or every part's numbers in order for a multi-part one. */
function answerOf(built: Built | BuiltParts): AnswerValue {
  return built.parts ? built.parts.flatMap((p) => flatten(p.value)) : built.value;
}

/** An answer as shown, zero up to rounding snapped to 0, and the format that says how precise. */
function answered(
  raw: AnswerValue,
  format: Localized,
  tolerance: Tolerance,
  integer?: boolean,
): { answer: { value: AnswerValue; display: string }; answerFormat: Localized } {
  const value = positiveZero(integer ? raw : snapToZero(raw, tolerance));
  return {
    answer: { value, display: display(value) },
    answerFormat: integer ? format : withPrecision(format, value, tolerance),
  };
}

/** The parts with their answers, each graded by its own slice of the band of every part's numbers. */
function partsOf(drafts: readonly PartDraft[], band: Tolerance): Part[] {
  const atols = band.atols ?? [];
  let offset = 0;
  return drafts.map((draft) => {
    const own = atols.slice(offset, offset + flatten(draft.value).length);
    offset += own.length;
    const tolerance = { rtol: band.rtol, atol: Math.max(...own), atols: own };
    const { answer, answerFormat } = answered(draft.value, draft.format, tolerance);
    const { id, label, name, prompt, solution } = draft;
    return { id, label, name, prompt, answerFormat, answer, tolerance, solution };
  });
}

/** The last numbers of `answer`, as many as `like` holds, in the shape of `like`. */
function lastLike(answer: AnswerValue, like: AnswerValue): AnswerValue {
  const numbers = flatten(answer);
  let next = numbers.length - flatten(like).length;
  return mapValue(like, () => numbers[next++]);
}
