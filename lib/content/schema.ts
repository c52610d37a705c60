// Zod schemas for a concept file's front matter, and the types of loaded concepts and cards.
import { z } from 'zod';
import { parseCloze } from './cloze';

/** The ids of the exercise generators (lib/exercises); a concept's `exercises` must be among them. */
export const EXERCISE_IDS = [
  'parameter-count',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'softmax',
  'sigmoid-derivative',
  'mae',
  'mse',
  'binary-cross-entropy',
  'categorical-cross-entropy',
  'gradient-descent',
  'momentum',
  'adagrad',
  'rmsprop',
  'adam',
  'loss-gradient',
  'backprop',
  'backprop-chain',
  'vanishing-gradient',
  'dropout',
  'batch-norm',
  'batch-norm-inference',
  'early-stopping',
  'epochs-iterations',
  'fit-diagnosis',
  'learning-rate-diagnosis',
  'output-and-loss',
  'gradient-flow',
  'optimizer-path',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** The topics, in course order. */
export const TOPICS = [
  'foundations',
  'activations',
  'losses',
  'optimization',
  'backpropagation',
  'overfitting',
  'regularization',
  'normalization',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Figures the app can draw next to a concept. */
export const FIGURES = ['activation-plot', 'optimizer-paths'] as const;
export type Figure = (typeof FIGURES)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slugSchema = z.string().regex(KEBAB, 'must be kebab-case (a-z, 0-9, -)');

export const localizedSchema = z.strictObject({ ko: nonEmpty, en: nonEmpty });
export type Localized = z.infer<typeof localizedSchema>;

const clozeTextSchema = nonEmpty.superRefine((text, ctx) => {
  const parts = parseCloze(text);
  if (typeof parts === 'string') ctx.addIssue({ code: 'custom', message: parts });
});

export const basicCardSchema = z.strictObject({
  id: slugSchema,
  kind: z.literal('basic'),
  front: localizedSchema,
  back: localizedSchema,
});

export const clozeCardSchema = z.strictObject({
  id: slugSchema,
  kind: z.literal('cloze'),
  text: z.strictObject({ ko: clozeTextSchema, en: clozeTextSchema }),
});

export const cardSourceSchema = z.discriminatedUnion('kind', [basicCardSchema, clozeCardSchema]);
export type CardSource = z.infer<typeof cardSourceSchema>;

/** The front matter of `content/concepts/<slug>.md` (see content/FORMAT.md). */
export const frontMatterSchema = z.strictObject({
  slug: slugSchema,
  topic: z.enum(TOPICS),
  order: z.number().int().positive(),
  title: localizedSchema,
  sourceHeadings: z.array(nonEmpty),
  exercises: z.array(z.enum(EXERCISE_IDS)),
  related: z.array(slugSchema),
  figure: z.enum(FIGURES).optional(),
  cards: z.array(cardSourceSchema).min(1, 'a concept needs at least one card'),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A card as the app shows it: cloze cards are turned into a front (blank) and a back. */
export type Card = {
  id: string;
  kind: 'basic' | 'cloze';
  front: Localized;
  back: Localized;
};

/** One loaded concept: metadata, the note in both languages (Markdown with TeX), its cards. */
export type Concept = {
  slug: string;
  topic: Topic;
  order: number;
  title: Localized;
  body: Localized;
  cards: Card[];
  exercises: ExerciseId[];
  related: string[];
  figure?: Figure;
  sourceHeadings: string[];
};
