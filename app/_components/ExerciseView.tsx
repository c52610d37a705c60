// An exercise as the server renders it: title, prompt (KaTeX), how to answer, and the answer form.

import type { Messages } from '@/lib/i18n/messages';
import type { CheckView, ExerciseView as View } from '@/lib/study/present';
import { ExerciseForm } from './ExerciseForm';
import { Html } from './Html';

export function checkLabels(t: Messages) {
  return {
    answer: t.practice.answer,
    check: t.practice.check,
    checking: t.practice.checking,
    correct: t.practice.correct,
    incorrect: t.practice.incorrect,
    invalid: t.practice.invalid,
    exact: t.practice.exact,
    solution: t.practice.solution,
    diagnosis: t.practice.diagnosis,
  };
}

export function ExercisePrompt({ exercise, t }: { exercise: View; t: Messages }) {
  return (
    <>
      <Html className="prompt" html={exercise.promptHtml} />
      <p className="muted">
        <b>{t.practice.howToAnswer}:</b> <Html as="span" html={exercise.answerFormatHtml} />
      </p>
    </>
  );
}

export function ExerciseBlock({
  exercise,
  t,
  onChecked,
}: {
  exercise: View;
  t: Messages;
  onChecked?: (status: CheckView['status']) => void;
}) {
  return (
    <>
      <ExercisePrompt exercise={exercise} t={t} />
      <ExerciseForm
        key={exercise.href}
        generatorId={exercise.generatorId}
        seed={exercise.seed}
        level={exercise.level}
        labels={checkLabels(t)}
        onChecked={onChecked}
      />
    </>
  );
}
