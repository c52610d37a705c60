'use client';
// The answer form of an exercise: an "Answer" field and a "Check" button; the server checks and explains.
import { useEffect, useRef, useState, useTransition } from 'react';
import { checkAction } from '@/app/practice/actions';
import type { CheckView } from '@/lib/study/present';
import { ANSWER_FIELD } from './answer-field';
import { type CheckLabels, CheckResult } from './CheckResult';
import { newSubmissionId } from './submission-id';

export interface ExerciseFormProps {
  generatorId: string;
  seed: number;
  level: 1 | 2 | 3;
  labels: CheckLabels & { answer: string; check: string; checking: string };
  onChecked?: (status: CheckView['status']) => void;
}

export function ExerciseForm({ generatorId, seed, level, labels, onChecked }: ExerciseFormProps) {
  const [input, setInput] = useState('');
  const [view, setView] = useState<CheckView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // The same text submitted again (a double click, a retry) reuses its id and is stored once.
  const lastSubmission = useRef<{ input: string; id: string } | null>(null);
  const fieldId = `answer-${generatorId}-${seed}-${level}`;
  // After each check, focus moves to the verdict (the live region announces it too).
  const verdictRef = useRef<HTMLDivElement>(null);
  const checks = useRef(0);
  const [checked, setChecked] = useState(0);
  useEffect(() => {
    if (checked > 0) verdictRef.current?.focus();
  }, [checked]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (lastSubmission.current?.input !== input) {
      lastSubmission.current = { input, id: newSubmissionId() };
    }
    const submissionId = lastSubmission.current.id;
    startTransition(async () => {
      const outcome = await checkAction({ generatorId, seed, level, input, submissionId });
      if (!outcome.ok) {
        setError(document.documentElement.lang === 'ko' ? outcome.error.ko : outcome.error.en);
        setChecked(++checks.current);
        return;
      }
      setError(null);
      setView(outcome.view);
      setChecked(++checks.current);
      onChecked?.(outcome.view.status);
    });
  };

  return (
    <form onSubmit={submit} className="exercise-form" noValidate>
      <label htmlFor={fieldId}>{labels.answer}</label>
      <div className="row">
        <input
          {...ANSWER_FIELD}
          id={fieldId}
          name="answer"
          value={input}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={(event) => event.stopPropagation()}
        />
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? labels.checking : labels.check}
        </button>
      </div>
      <div
        aria-live="polite"
        role="status"
        ref={verdictRef}
        tabIndex={-1}
        className="verdict-region"
        data-testid="verdict-region"
      >
        {error && <p className="verdict verdict-invalid">{error}</p>}
        {view && <CheckResult view={view} labels={labels} />}
      </div>
    </form>
  );
}
