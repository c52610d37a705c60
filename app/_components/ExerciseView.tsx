// An exercise as the server renders it: prompt (KaTeX), how to answer, and the answer form.
import type { Messages } from '@/lib/i18n/messages';
import type { PartOutcome } from '@/lib/srs/rating';
import type { CheckView, ExerciseView as View } from '@/lib/study/present';
import { ChoiceForm } from './ChoiceForm';
import { ExerciseForm } from './ExerciseForm';
import { Html } from './Html';
import { PartsForm } from './PartsForm';

export type ExerciseLabels = ReturnType<typeof exerciseLabels>;

/** The words an exercise shows, as plain strings a client component can receive. */
export function exerciseLabels(t: Messages) {
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
    howToAnswer: t.practice.howToAnswer,
    checkAll: t.practice.checkAll,
    carriedForward: t.practice.carriedForward,
    partsHint: t.practice.partsHint,
    choices: t.practice.choices,
    figureDescription: t.practice.figureDescription,
    whyThisChoice: t.practice.whyThisChoice,
    items: t.practice.items,
  };
}

export function ExerciseBlock({
  exercise,
  labels,
  onChecked,
  onPartsChecked,
}: {
  exercise: View;
  labels: ExerciseLabels;
  onChecked?: (status: CheckView['status']) => void;
  onPartsChecked?: (first: Record<string, PartOutcome>) => void;
}) {
  if (exercise.parts) {
    return (
      <>
        <Html className="prompt" html={exercise.promptHtml} />
        <p className="muted">{labels.partsHint}</p>
        <PartsForm
          key={exercise.href}
          generatorId={exercise.generatorId}
          seed={exercise.seed}
          level={exercise.level}
          parts={exercise.parts}
          labels={labels}
          onPartsChecked={onPartsChecked}
        />
      </>
    );
  }
  const single = exercise.choices && !exercise.itemsHtml;
  return (
    <>
      <Html className="prompt" html={exercise.promptHtml} />
      {exercise.figure && (
        <figure className="figure exercise-figure-frame">
          <Html className="figure-wide" html={exercise.figure.svg} />
          <Html className="figure-narrow" html={exercise.figure.narrowSvg} />
          <figcaption className="muted">
            <b>{labels.figureDescription}:</b> {exercise.figure.description}
          </figcaption>
        </figure>
      )}
      {exercise.itemsHtml && exercise.choices && (
        <div className="row">
          <div>
            <b>{labels.items}</b>
            <ol>
              {exercise.itemsHtml.map((html) => (
                <li key={html}>
                  <Html as="span" html={html} />
                </li>
              ))}
            </ol>
          </div>
          <div>
            <b>{labels.choices}</b>
            <ul className="plain">
              {exercise.choices.map((c) => (
                <li key={c.id}>
                  <b>{c.id}</b>: <Html as="span" html={c.labelHtml} />
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <p className="muted">
        <b>{labels.howToAnswer}:</b> <Html as="span" html={exercise.answerFormatHtml} />
      </p>
      {single && exercise.choices ? (
        <ChoiceForm
          key={exercise.href}
          generatorId={exercise.generatorId}
          seed={exercise.seed}
          level={exercise.level}
          choices={exercise.choices}
          labels={labels}
          onChecked={onChecked}
        />
      ) : (
        <ExerciseForm
          key={exercise.href}
          generatorId={exercise.generatorId}
          seed={exercise.seed}
          level={exercise.level}
          labels={labels}
          onChecked={onChecked}
        />
      )}
    </>
  );
}
