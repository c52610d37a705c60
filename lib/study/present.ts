// Exercises and checks turned into what a page shows: HTML rendered on the server (KaTeX), one language.
import { renderInline, renderMarkdown, renderTex } from '../content/render';
import type { Check, ChoiceExercise, Exercise, NumericExercise, Part } from '../exercises';
import type { Locale } from '../i18n/locale';
import { messagesFor } from '../i18n/messages';

export interface ExerciseView {
  generatorId: string;
  seed: number;
  level: 1 | 2 | 3;
  title: string;
  promptHtml: string;
  answerFormatHtml: string;
  href: string;
  /** Choice exercises: the figure (SVG drawn on the server) and what it shows, in words. */
  figure?: { svg: string; narrowSvg: string; description: string };
  /** Choice exercises: the options, without which one is right. */
  choices?: { id: string; labelHtml: string }[];
  /** Multi-match questions: the items to match, in order. */
  itemsHtml?: string[];
  /** The answer boxes of a multi-part exercise: what to compute, never the answer. */
  parts?: PartView[];
}

export interface PartView {
  id: string;
  labelHtml: string;
  /** The accessible names of the part's box and check button, in plain text: "Answer for z₁". */
  answerName: string;
  checkName: string;
  promptHtml: string;
  answerFormatHtml: string;
}

export interface CheckView {
  status: Check['status'];
  messageHtml: string;
  mistake?: { nameHtml: string; explanationHtml: string };
  /** Only after a real answer: the exact value and the worked solution. */
  expectedHtml?: string;
  solution?: { explainHtml: string; texHtml: string }[];
  /** Right given the learner's own earlier (wrong) parts; `messageHtml` says which. */
  carriedForward?: boolean;
  /** Choice exercises: why the picked option is right or wrong (one line per wrong match). */
  explanationsHtml?: string[];
}

/** The link that reproduces an exercise exactly. */
export function exerciseHref(generatorId: string, seed: number, level: number): string {
  return `/practice/${generatorId}?seed=${seed}&level=${level}`;
}

/** The problem as a page shows it before any answer: no expected value, no solution. */
export function presentExercise(exercise: Exercise, locale: Locale): ExerciseView {
  const { practice } = messagesFor(locale);
  const view: ExerciseView = {
    generatorId: exercise.generatorId,
    seed: exercise.seed,
    level: exercise.level,
    title: exercise.title[locale],
    promptHtml: renderMarkdown(exercise.prompt[locale]),
    answerFormatHtml: renderInline(exercise.answerFormat[locale]),
    href: exerciseHref(exercise.generatorId, exercise.seed, exercise.level),
    parts: exercise.parts?.map((part) => ({
      id: part.id,
      labelHtml: renderTex(part.label, false),
      answerName: practice.answerFor(part.name),
      checkName: practice.checkPart(part.name),
      promptHtml: renderInline(part.prompt[locale]),
      answerFormatHtml: renderInline(part.answerFormat[locale]),
    })),
  };
  if (exercise.kind === 'choice') {
    view.figure = {
      svg: exercise.figure.svg[locale],
      narrowSvg: exercise.figure.narrowSvg[locale],
      description: exercise.figure.description[locale],
    };
    view.choices = exercise.choices.map((c) => ({
      id: c.id,
      labelHtml: renderInline(c.label[locale]),
    }));
    if (exercise.items) view.itemsHtml = exercise.items.map((item) => renderInline(item[locale]));
  }
  return view;
}

/** The verdict of one part, with that part's exact value and worked solution after a real answer. */
export function presentPartCheck(part: Part, check: Check, locale: Locale): CheckView {
  const view = presentCheck({ answer: part.answer, solution: part.solution }, check, locale);
  if (check.carriedForward) view.carriedForward = true;
  return view;
}

/** The verdict, and for a real answer the exact value, the diagnosis and the worked solution. */
export function presentCheck(
  exercise: Pick<NumericExercise, 'answer' | 'solution'> | ChoiceExercise,
  check: Check,
  locale: Locale,
): CheckView {
  const view: CheckView = {
    status: check.status,
    messageHtml: renderInline(check.message[locale]),
  };
  if (check.status === 'invalid') return view;
  if (check.mistake) {
    view.mistake = {
      nameHtml: renderInline(check.mistake.name[locale]),
      explanationHtml: renderInline(check.mistake.explanation[locale]),
    };
  }
  view.expectedHtml = renderInline(`\`${exercise.answer.display}\``);
  if ('kind' in exercise && exercise.kind === 'choice' && !exercise.items) {
    const right = exercise.choices.find((c) => c.id === exercise.answer.display);
    if (right) view.expectedHtml = renderInline(`**${right.id}**: ${right.label[locale]}`);
  }
  if (check.explanation) {
    view.explanationsHtml = check.explanation.map((text) => renderInline(text[locale]));
  }
  view.solution = exercise.solution.map((step) => ({
    explainHtml: renderInline(step.explain[locale]),
    texHtml: renderTex(step.tex, true),
  }));
  return view;
}
