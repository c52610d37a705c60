'use client';
// Scheduling on /settings: desired retention and leech threshold, "Reschedule cards", and
// "Optimize parameters" with its progress (the page refreshes itself while a fit runs).
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useTransition } from 'react';
import type { SchedulingOutcome } from '@/lib/study/scheduling';
import { optimizeAction, rescheduleAction, saveSchedulingAction } from './scheduling-actions';

export interface SchedulingLabels {
  desiredRetention: string;
  retentionHelp: string;
  retentionError: string;
  leechThreshold: string;
  leechError: string;
  save: string;
  saved: string;
  reschedule: string;
  optimize: string;
  optimizeHelp: string;
  running: string;
}

export function SchedulingForm({
  values,
  labels,
}: {
  values: { desiredRetention: number; leechThreshold: number };
  labels: SchedulingLabels;
}) {
  const [outcome, action, pending] = useActionState<SchedulingOutcome | null, FormData>(
    saveSchedulingAction,
    null,
  );
  const errors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  return (
    <form action={action}>
      <p>
        <label htmlFor="desiredRetention">{labels.desiredRetention}</label>
        <input
          id="desiredRetention"
          name="desiredRetention"
          type="number"
          min={0.7}
          max={0.97}
          step={0.01}
          defaultValue={values.desiredRetention}
          aria-describedby="retention-help"
          aria-invalid={errors.desiredRetention ? true : undefined}
        />
        <span id="retention-help" className="muted" style={{ display: 'block' }}>
          {labels.retentionHelp}
        </span>
      </p>
      <p>
        <label htmlFor="leechThreshold">{labels.leechThreshold}</label>
        <input
          id="leechThreshold"
          name="leechThreshold"
          type="number"
          min={1}
          max={99}
          step={1}
          defaultValue={values.leechThreshold}
          aria-invalid={errors.leechThreshold ? true : undefined}
        />
      </p>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.save}
      </button>
      <p role="status" aria-live="polite">
        {outcome?.ok && labels.saved}
        {errors.desiredRetention && labels.retentionError}{' '}
        {errors.leechThreshold && labels.leechError}
      </p>
    </form>
  );
}

export function RescheduleForm({ labels }: { labels: SchedulingLabels }) {
  const [outcome, action, pending] = useActionState(rescheduleAction, null);
  return (
    <form action={action}>
      <button type="submit" className="btn" disabled={pending}>
        {labels.reschedule}
      </button>
      <p role="status" aria-live="polite">
        {outcome?.message}
      </p>
    </form>
  );
}

export function OptimizeButton({
  running,
  progress,
  labels,
}: {
  running: boolean;
  progress: number;
  labels: SchedulingLabels;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  const percent = `${Math.round(progress * 100)}%`;
  return (
    <div>
      <p className="muted">{labels.optimizeHelp}</p>
      <button
        type="button"
        className="btn btn-primary"
        disabled={pending || running}
        onClick={() =>
          startTransition(async () => {
            await optimizeAction();
            router.refresh();
          })
        }
      >
        {labels.optimize}
      </button>
      <p role="status" aria-live="polite">
        {running && (
          <>
            <progress max={1} value={progress} aria-label={labels.optimize} />{' '}
            {labels.running.replace('{percent}', percent)}
          </>
        )}
      </p>
    </div>
  );
}
