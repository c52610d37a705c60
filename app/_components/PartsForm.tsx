'use client';
// The answer boxes of a multi-part exercise: each part checked on its own or all at once, Enter moves on.
import { useRef, useState, useTransition } from 'react';
import { checkPartsAction } from '@/app/practice/actions';
import type { PartOutcome } from '@/lib/srs/rating';
import type { CheckView, PartView } from '@/lib/study/present';
import { type CheckLabels, CheckResult } from './CheckResult';
import { Html } from './Html';
import { newSubmissionId } from './submission-id';

export interface PartsFormProps {
  generatorId: string;
  seed: number;
  level: 1 | 2 | 3;
  parts: PartView[];
  labels: CheckLabels & {
    answer: string;
    check: string;
    checking: string;
    checkAll: string;
    howToAnswer: string;
  };
  /** Each part's first verdict, after every check. */
  onPartsChecked?: (first: Record<string, PartOutcome>) => void;
}

function outcomeOf(view: CheckView): PartOutcome | null {
  if (view.status === 'invalid') return null;
  if (view.status === 'incorrect') return 'incorrect';
  return view.carriedForward ? 'carried' : 'correct';
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
  const first = useRef<Record<string, PartOutcome>>({});
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
    startTransition(async () => {
      const outcome = await checkPartsAction({
        generatorId,
        seed,
        level,
        answers,
        reveal,
        submissionId,
      });
      if (!outcome.ok) {
        setError(document.documentElement.lang === 'ko' ? outcome.error.ko : outcome.error.en);
        return;
      }
      setError(null);
      setViews((previous) => ({ ...previous, ...outcome.views }));
      for (const [id, view] of Object.entries(outcome.views)) {
        const verdict = outcomeOf(view);
        if (verdict && !(id in first.current)) first.current[id] = verdict;
      }
      onPartsChecked?.({ ...first.current });
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
                type="text"
                name={part.id}
                aria-label={`${labels.answer} ${part.id}`}
                value={inputs[part.id] ?? ''}
                onChange={(event) =>
                  setInputs((previous) => ({ ...previous, [part.id]: event.target.value }))
                }
                onKeyDown={(event) => onKeyDown(event, index)}
                autoComplete="off"
                spellCheck={false}
                style={{ flex: '1 1 220px', width: 'auto' }}
              />
              <button
                type="button"
                className="btn"
                disabled={pending}
                aria-label={`${labels.check} ${part.id}`}
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
