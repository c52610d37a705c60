'use client';
// A form of the account pages (sign in, sign up, change password, delete): posts to its server
// action and says in an aria-live region why it was refused, or that it worked.
import { useActionState, useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { AccountOutcome } from '@/lib/study/account';

export interface AccountField {
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autoComplete: string;
}

export function AccountForm({
  action,
  fields,
  hidden = {},
  submit,
  done,
  locale,
  danger = false,
}: {
  action: (previous: AccountOutcome | null, formData: FormData) => Promise<AccountOutcome>;
  fields: AccountField[];
  hidden?: Record<string, string>;
  submit: string;
  /** Said when the action succeeded without leaving the page. */
  done?: string;
  locale: Locale;
  danger?: boolean;
}) {
  // React resets a form after its action: what was typed (but never a password) is put back.
  const [kept, setKept] = useState<Record<string, string>>({});
  const [outcome, formAction, pending] = useActionState<AccountOutcome | null, FormData>(
    (previous, formData) => {
      const typed: Record<string, string> = {};
      for (const field of fields) {
        const value = formData.get(field.name);
        if (field.type !== 'password' && typeof value === 'string') typed[field.name] = value;
      }
      setKept(typed);
      return action(previous, formData);
    },
    null,
  );
  const refused = outcome && !outcome.ok ? outcome.error[locale] : '';
  return (
    <form action={formAction} className="panel">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <p key={field.name}>
          <label htmlFor={`account-${field.name}`}>{field.label}</label>
          <input
            id={`account-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            defaultValue={field.type === 'password' ? undefined : kept[field.name]}
            required
            aria-invalid={refused ? true : undefined}
            aria-describedby={refused ? `${fields[0].name}-refused` : undefined}
          />
        </p>
      ))}
      <button type="submit" className={danger ? 'btn' : 'btn btn-primary'} disabled={pending}>
        {submit}
      </button>
      <p id={`${fields[0].name}-refused`} role="status" aria-live="polite">
        {refused ? (
          <span className="verdict verdict-invalid">{refused}</span>
        ) : outcome?.ok && done ? (
          done
        ) : (
          ''
        )}
      </p>
    </form>
  );
}
