'use client';
// The options of a choice exercise as radio buttons: 1–4 or A–D pick one, Enter checks; the server explains.
import { useRef, useState, useTransition } from 'react';
import { checkAction } from '@/app/practice/actions';
import type { CheckView } from '@/lib/study/present';
import { type CheckLabels, CheckResult } from './CheckResult';
import { Html } from './Html';
import { newSubmissionId } from './submission-id';

export interface ChoiceFormProps {
  generatorId: string;
  seed: number;
  level: 1 | 2 | 3;
  choices: { id: string; labelHtml: string }[];
  labels: CheckLabels & { check: string; checking: string; choices: string };
  onChecked?: (status: CheckView['status']) => void;
}

/** The option a key picks: 1, 2, 3, … or a, b, c, … (case-insensitive). */
function optionForKey(key: string, ids: string[]): string | undefined {
  if (/^[1-9]$/.test(key)) return ids[Number(key) - 1];
  const lower = key.toLowerCase();
  return ids.includes(lower) ? lower : undefined;
}

export function ChoiceForm({
  generatorId,
  seed,
  level,
  choices,
  labels,
  onChecked,
}: ChoiceFormProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const [view, setView] = useState<CheckView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const lastSubmission = useRef<{ input: string; id: string } | null>(null);
  const ids = choices.map((c) => c.id);
  const name = `choice-${generatorId}-${seed}-${level}`;

  const submit = (choice: string | null) => {
    if (pending || choice === null) return;
    if (lastSubmission.current?.input !== choice) {
      lastSubmission.current = { input: choice, id: newSubmissionId() };
    }
    const submissionId = lastSubmission.current.id;
    startTransition(async () => {
      const outcome = await checkAction({ generatorId, seed, level, input: choice, submissionId });
      if (!outcome.ok) {
        setError(document.documentElement.lang === 'ko' ? outcome.error.ko : outcome.error.en);
        return;
      }
      setError(null);
      setView(outcome.view);
      onChecked?.(outcome.view.status);
    });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    // Keys chosen here never reach the page (the review screen rates with 1–4).
    event.stopPropagation();
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      submit(picked);
      return;
    }
    const option = optionForKey(event.key, ids);
    if (option) {
      event.preventDefault();
      setPicked(option);
      document.getElementById(`${name}-${option}`)?.focus();
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(picked);
      }}
      onKeyDown={onKeyDown}
      className="exercise-form choice-form"
      noValidate
    >
      <fieldset className="choices">
        <legend>{labels.choices}</legend>
        {choices.map((choice, i) => (
          <label key={choice.id} className="choice" htmlFor={`${name}-${choice.id}`}>
            <input
              type="radio"
              id={`${name}-${choice.id}`}
              name={name}
              value={choice.id}
              checked={picked === choice.id}
              onChange={() => setPicked(choice.id)}
            />
            <span className="choice-key" aria-hidden="true">
              {i + 1}/{choice.id.toUpperCase()}
            </span>
            <Html as="span" html={choice.labelHtml} />
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={pending || picked === null}>
        {pending ? labels.checking : labels.check}
      </button>
      <div aria-live="polite" role="status">
        {error && <p className="verdict verdict-invalid">{error}</p>}
        {view && <CheckResult view={view} labels={labels} />}
      </div>
    </form>
  );
}
