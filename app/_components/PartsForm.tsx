'use client';
// The answer boxes of a multi-part exercise: each part checked on its own or all at once, Enter moves on.
import { useRef, useState, useTransition } from 'react';
import { checkPartsAction } from '@/app/practice/actions';
import type { PartOutcome } from '@/lib/srs/rating';
import type { CheckView, PartView } from '@/lib/study/present';
import { ANSWER_FIELD } from './answer-field';
import { type CheckLabels, CheckResult } from './CheckResult';
import { Html } from './Html';
import { newSubmissionId } from './submission-id';

export interface PartsFormProps {
  generatorId: string;
  seed: number;
  level: 1 | 2 | 3;
  parts: PartView[];
  labels: CheckLabels & {
    check: string;
    checking: string;
    checkAll: string;
    howToAnswer: string;
  };
  /** Each checked part's first verdict, as the exercise's stored attempt holds them, after every check. */
  onPartsChecked?: (first: Record<string, PartOutcome>) => void;
}

export function PartsForm({
  generatorId,
  seed,
  level,
  parts,
  labels,
  onPartsChecked,
}: PartsFormProps) {
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [views, setViews] = useState<Record<string, CheckView>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Every check of the exercise shown is merged into one stored attempt with this id.
  const attempt = useRef<{ key: string; id: string } | null>(null);
  // The same answers submitted again (a double click, a retry) reuse their id and are stored once.
  const lastSubmission = useRef<{ key: string; id: string } | null>(null);
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const fieldId = (id: string) => `part-${generatorId}-${seed}-${level}-${id}`;

  const check = (reveal: string[]) => {
    if (pending) return;
    const answers = Object.fromEntries(
      parts.map((p) => [p.id, inputs[p.id] ?? '']).filter(([, text]) => text.trim() !== ''),
    );
    const key = JSON.stringify([answers, reveal]);
    if (lastSubmission.current?.key !== key) {
      lastSubmission.current = { key, id: newSubmissionId() };
    }
    const submissionId = lastSubmission.current.id;
    const exerciseKey = `${generatorId}:${seed}:${level}`;
    if (attempt.current?.key !== exerciseKey) {
      attempt.current = { key: exerciseKey, id: newSubmissionId() };
    }
    const attemptId = attempt.current.id;
    startTransition(async () => {
      const outcome = await checkPartsAction({
        generatorId,
        seed,
        level,
        answers,
        reveal,
        attemptId,
        submissionId,
      });
      if (!outcome.ok) {
        setError(document.documentElement.lang === 'ko' ? outcome.error.ko : outcome.error.en);
        return;
      }
      setError(null);
      setViews((previous) => ({ ...previous, ...outcome.views }));
      onPartsChecked?.(outcome.first);
    });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>, index: number) => {
    event.stopPropagation();
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = boxes.current[index + 1];
    if (next) next.focus();
    else check(parts.map((p) => p.id));
  };

  return (
    <div className="exercise-form">
      <ol className="parts">
        {parts.map((part, index) => (
          <li key={part.id} className="part">
            <label htmlFor={fieldId(part.id)}>
              <Html as="span" html={part.labelHtml} />
            </label>
            <Html as="p" className="muted" html={part.promptHtml} />
            <p className="muted">
              <b>{labels.howToAnswer}:</b> <Html as="span" html={part.answerFormatHtml} />
            </p>
            <div className="row">
              <input
                id={fieldId(part.id)}
                ref={(el) => {
                  boxes.current[index] = el;
                }}
                {...ANSWER_FIELD}
                name={part.id}
                aria-label={part.answerName}
                value={inputs[part.id] ?? ''}
                onChange={(event) =>
                  setInputs((previous) => ({ ...previous, [part.id]: event.target.value }))
                }
                onKeyDown={(event) => onKeyDown(event, index)}
              />
              <button
                type="button"
                className="btn"
                disabled={pending}
                aria-label={part.checkName}
                onClick={() => check([part.id])}
              >
                {labels.check}
              </button>
            </div>
            <div aria-live="polite" role="status" data-part={part.id}>
              {views[part.id] && <CheckResult view={views[part.id]} labels={labels} />}
            </div>
          </li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={pending}
          onClick={() => check(parts.map((p) => p.id))}
        >
          {pending ? labels.checking : labels.checkAll}
        </button>
      </div>
      <div aria-live="polite" role="status">
        {error && <p className="verdict verdict-invalid">{error}</p>}
      </div>
    </div>
  );
}
