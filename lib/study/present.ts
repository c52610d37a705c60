// Exercises and checks turned into what a page shows: HTML rendered on the server (KaTeX), one language.
import { renderInline, renderMarkdown, renderTex } from '../content/render';
import type { Check, Exercise } from '../exercises';
import type { Locale } from '../i18n/locale';

export interface ExerciseView {
  generatorId: string;
  seed: number;
  level: 1 | 2 | 3;
  title: string;
  promptHtml: string;
  answerFormatHtml: string;
  href: string;
}

export interface CheckView {
  status: Check['status'];
  messageHtml: string;
  mistake?: { name: string; explanationHtml: string };
  /** Only after a real answer: the exact value and the worked solution. */
  expectedHtml?: string;
  solution?: { explainHtml: string; texHtml: string }[];
}

/** The link that reproduces an exercise exactly. */
export function exerciseHref(generatorId: string, seed: number, level: number): string {
  return `/practice/${generatorId}?seed=${seed}&level=${level}`;
}

/** The problem as a page shows it before any answer: no expected value, no solution. */
export function presentExercise(exercise: Exercise, locale: Locale): ExerciseView {
  return {
    generatorId: exercise.generatorId,
    seed: exercise.seed,
    level: exercise.level,
    title: exercise.title[locale],
    promptHtml: renderMarkdown(exercise.prompt[locale]),
    answerFormatHtml: renderInline(exercise.answerFormat[locale]),
    href: exerciseHref(exercise.generatorId, exercise.seed, exercise.level),
  };
}

/** The verdict, and for a real answer the exact value, the diagnosis and the worked solution. */
export function presentCheck(exercise: Exercise, check: Check, locale: Locale): CheckView {
  const view: CheckView = {
    status: check.status,
    messageHtml: renderInline(check.message[locale]),
  };
  if (check.status === 'invalid') return view;
  if (check.mistake) {
    view.mistake = {
      name: check.mistake.name[locale],
      explanationHtml: renderInline(check.mistake.explanation[locale]),
    };
  }
  view.expectedHtml = renderInline(`\`${exercise.answer.display}\``);
  view.solution = exercise.solution.map((step) => ({
    explainHtml: renderInline(step.explain[locale]),
    texHtml: renderTex(step.tex, true),
  }));
  return view;
}
