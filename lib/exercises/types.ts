// Types shared by the exercise generators, the answer parser and the checker (all plain JSON data).

import type { Note } from './tolerance';

export type Localized = { ko: string; en: string };
export type Level = 1 | 2 | 3;
export type Topic =
  | 'foundations'
  | 'activations'
  | 'losses'
  | 'optimization'
  | 'backpropagation'
  | 'overfitting'
  | 'regularization'
  | 'normalization';
export type AnswerValue = number | number[] | number[][];

/** One step of a worked solution; `tex` is display math without `$` delimiters. */
export interface SolutionStep {
  explain: Localized;
  tex: string;
}

/** A common mistake the checker can recognise in a wrong answer. */
export interface Mistake {
  id: string;
  name: Localized;
  explanation: Localized;
}

/**
 * An answer is correct when every value is within `atol + rtol * |expected|`, with value `i`'s own
 * `atols[i]` in place of `atol` when given (`atol` is then the largest of them).
 */
export interface Tolerance {
  rtol: number;
  atol: number;
  atols?: number[];
}

/** One answer box of a multi-part exercise (`backprop-chain`): a quantity, checked on its own. */
export interface Part {
  id: string;
  /** A short name of the quantity, as a box's label: `z_1`, `\\partial L/\\partial W_2` (TeX). */
  label: string;
  /** Markdown with inline TeX: what to compute. */
  prompt: Localized;
  answerFormat: Localized;
  answer: { value: AnswerValue; display: string };
  tolerance: Tolerance;
  /** How this part is worked out from the given numbers and the earlier parts. */
  solution: SolutionStep[];
}

export interface Exercise {
  generatorId: string;
  seed: number;
  level: Level;
  topic: Topic;
  title: Localized;
  /** Markdown with inline TeX between `$…$`; includes every given number. */
  prompt: Localized;
  /** The given numbers, as JSON, so mistakes can be recomputed from the stored exercise. */
  inputs: Record<string, unknown>;
  answer: { value: AnswerValue; display: string };
  /** What to type and how precisely. */
  answerFormat: Localized;
  tolerance: Tolerance;
  solution: SolutionStep[];
  /** The answer boxes of a multi-part exercise, in order; `answer` is then the last part's. */
  parts?: Part[];
}

export type CheckStatus = 'correct' | 'incorrect' | 'invalid';

export interface Check {
  status: CheckStatus;
  message: Localized;
  /** Id of the recognised mistake, when the wrong answer matches one. */
  diagnosis?: string;
  mistake?: Mistake;
  /** `answer.display` (given for correct and incorrect answers, not for invalid input). */
  expected?: string;
  /** The exact expected value from the engine. */
  exact?: AnswerValue;
  /** The worked solution of the exercise. */
  solution?: SolutionStep[];
  /** A part that is right given the learner's own (wrong) answers to the parts it depends on. */
  carriedForward?: boolean;
  /** Set when the checker itself failed (logged on the server); the answer is not counted. */
  failed?: true;
}

export interface Generator {
  id: string;
  topic: Topic;
  title: Localized;
  generate(seed: number, level?: Level): Exercise;
}

/** A wrong answer a known mistake would give for an exercise. */
export interface MistakeCandidate {
  mistake: Mistake;
  value: AnswerValue;
  /** For a multi-part exercise, the part whose answer this is. */
  part?: string;
}

/** A generator that can also recompute the answers of the usual mistakes on its exercises. */
export interface DiagnosingGenerator extends Generator {
  /** Every mistake this generator can name (on some level). */
  catalog: Mistake[];
  mistakes(exercise: Exercise): MistakeCandidate[];
  /**
   * The answer as a learner following the worked solution computes it, every intermediate value
   * the solution shows passed through `note` (for example rounded to 4 significant figures).
   */
  learnerAnswer?(exercise: Exercise, note: Note): AnswerValue;
}
