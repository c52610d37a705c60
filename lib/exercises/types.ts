// Types shared by the exercise generators, the answer parser and the checker (all plain JSON data).

import type { Localized, Topic } from '../content/schema';
import type { Note } from './tolerance';

export type { Localized, Topic };
export type Level = 1 | 2 | 3;
export type AnswerValue = number | number[] | number[][];

/** One step of a worked solution; `tex` is display math without `$` delimiters. */
export interface SolutionStep {
  explain: Localized;
  tex: string;
}

/** A common mistake the checker can recognize in a wrong answer. */
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
  /** The same in plain text, for a screen reader: `z₁`, `∂L/∂W₂` (no TeX). */
  name: string;
  /** Markdown with inline TeX: what to compute. */
  prompt: Localized;
  answerFormat: Localized;
  answer: { value: AnswerValue; display: string };
  tolerance: Tolerance;
  /** How this part is worked out from the given numbers and the earlier parts. */
  solution: SolutionStep[];
}

interface ExerciseBase {
  generatorId: string;
  seed: number;
  level: Level;
  topic: Topic;
  title: Localized;
  /** Markdown with inline TeX between `$…$`; includes every given number. */
  prompt: Localized;
  /** The given numbers, as JSON, so mistakes can be recomputed from the stored exercise. */
  inputs: Record<string, unknown>;
  /** What to type and how precisely. */
  answerFormat: Localized;
  solution: SolutionStep[];
  /** The answer boxes of a multi-part exercise, in order; `answer` is then the last part's. */
  parts?: Part[];
}

/** An exercise whose answer is a number, a vector or a matrix. */
export interface NumericExercise extends ExerciseBase {
  kind?: 'numeric';
  answer: { value: AnswerValue; display: string };
  tolerance: Tolerance;
}

/** One option of a choice exercise; `id` is what a learner picks (a, b, c, …). */
export interface Choice {
  id: string;
  label: Localized;
}

/** A server-drawn SVG figure (labels in each language) and what it shows, in words, for screen readers. */
export interface Figure {
  svg: Localized;
  /** The same figure drawn for a phone's narrow panel, with larger type. */
  narrowSvg: Localized;
  description: Localized;
}

/**
 * An exercise answered by picking one of `choices` about a figure the engine computed. With
 * `items` (a multi-match question) the answer is one choice id per item, in order, comma-separated.
 */
export interface ChoiceExercise extends ExerciseBase {
  kind: 'choice';
  choices: Choice[];
  figure: Figure;
  items?: Localized[];
  /** `value` holds the right choice id of each item (one for a single question). */
  answer: { value: string[]; display: string };
  /** Why each choice is right, or what the figure would have shown if it were, by choice id. */
  explanations: Record<string, Localized>;
}

export type Exercise = NumericExercise | ChoiceExercise;

export type CheckStatus = 'correct' | 'incorrect' | 'invalid';

export interface Check {
  status: CheckStatus;
  message: Localized;
  /** Id of the recognized mistake, when the wrong answer matches one. */
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
  /** Choice exercises: why the picked option is right or wrong, and for a multi-match each wrong item. */
  explanation?: Localized[];
}

export interface Generator<E extends Exercise = Exercise> {
  id: string;
  topic: Topic;
  title: Localized;
  /** What each level asks, as a short noun phrase ("one parameter, one step"), in each language. */
  levels: Record<Level, Localized>;
  /** 'choice' for generators of choice exercises; numeric ones leave it out. */
  kind?: E['kind'];
  generate(seed: number, level?: Level): E;
}

/** A wrong answer a known mistake would give for an exercise. */
export interface MistakeCandidate {
  mistake: Mistake;
  value: AnswerValue;
  /** For a multi-part exercise, the part whose answer this is. */
  part?: string;
}

/** A generator that can also recompute the answers of the usual mistakes on its exercises. */
export interface DiagnosingGenerator extends Generator<NumericExercise> {
  /** Every mistake this generator can name (on some level). */
  catalog: Mistake[];
  /** The usual mistakes' answers; of a multi-part exercise, only those of `part` when it is given. */
  mistakes(exercise: NumericExercise, part?: string): MistakeCandidate[];
  /**
   * The answer as a learner following the worked solution computes it, every intermediate value
   * the solution shows passed through `note` (for example rounded to 4 significant figures).
   */
  learnerAnswer(exercise: NumericExercise, note: Note): AnswerValue;
}

/** A generator of choice exercises. */
export interface ChoiceGenerator extends Generator<ChoiceExercise> {
  kind: 'choice';
}

/** Any generator in the registry. */
export type AnyGenerator = DiagnosingGenerator | ChoiceGenerator;
