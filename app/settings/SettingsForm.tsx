'use client';
// The settings form: posts to a server action and shows each field's error in an aria-live region.
import { useActionState } from 'react';
import type { SettingsOutcome } from '@/lib/study/settings';
import { saveSettingsAction } from './actions';

export interface SettingsValues {
  newPerDay: number;
  reviewsPerDay: number;
  dayStartHour: number;
  timezone: string;
}

export interface SettingsLabels {
  newPerDay: string;
  reviewsPerDay: string;
  dayStartHour: string;
  timezone: string;
  save: string;
  saved: string;
}

export function SettingsForm({
  values,
  labels,
  timezones,
}: {
  values: SettingsValues;
  labels: SettingsLabels;
  timezones: string[];
}) {
  const [outcome, action, pending] = useActionState<SettingsOutcome | null, FormData>(
    saveSettingsAction,
    null,
  );
  const errors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const field = (
    name: 'newPerDay' | 'reviewsPerDay' | 'dayStartHour',
    min: number,
    max: number,
  ) => (
    <p>
      <label htmlFor={name}>{labels[name]}</label>
      <input
        id={name}
        name={name}
        type="text"
        inputMode="numeric"
        defaultValue={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        data-min={min}
        data-max={max}
      />
      {errors[name] && (
        <span id={`${name}-error`} className="verdict verdict-invalid" style={{ display: 'block' }}>
          {errors[name]}
        </span>
      )}
    </p>
  );
  return (
    <form action={action} className="panel">
      {field('newPerDay', 0, 9999)}
      {field('reviewsPerDay', 0, 99999)}
      {field('dayStartHour', 0, 23)}
      <p>
        <label htmlFor="timezone">{labels.timezone}</label>
        <select
          id="timezone"
          name="timezone"
          defaultValue={values.timezone}
          aria-invalid={errors.timezone ? true : undefined}
        >
          {timezones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        {errors.timezone && (
          <span className="verdict verdict-invalid" style={{ display: 'block' }}>
            {errors.timezone}
          </span>
        )}
      </p>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.save}
      </button>
      <p role="status" aria-live="polite">
        {outcome?.ok ? labels.saved : ''}
      </p>
    </form>
  );
}
