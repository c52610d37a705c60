'use client';
// Import of an exported progress file: posts it to /api/import and shows what happened.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';

export function ImportForm({
  labels,
  maxBytes,
  locale,
}: {
  labels: { title: string; button: string; help: string; tooLarge: string };
  maxBytes: number;
  locale: Locale;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    if (file.size > maxBytes) {
      setMessage({ ok: false, text: labels.tooLarge });
      return;
    }
    setPending(true);
    try {
      const response = await fetch('/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: await file.text(),
      });
      const body = (await response.json().catch(() => ({}))) as {
        message?: { ko: string; en: string };
        error?: { ko: string; en: string };
      };
      const text = (response.ok ? body.message : body.error)?.[locale];
      setMessage({ ok: response.ok, text: text ?? `${response.status} ${response.statusText}` });
      if (response.ok) router.refresh();
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <label htmlFor="import-file">{labels.title}</label>
      <p className="muted">{labels.help}</p>
      <div className="row">
        <input
          id="import-file"
          type="file"
          name="file"
          accept="application/json,.json"
          style={{ flex: '1 1 240px', width: 'auto' }}
        />
        <button type="submit" className="btn" disabled={pending}>
          {labels.button}
        </button>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={message ? `verdict verdict-${message.ok ? 'correct' : 'invalid'}` : undefined}
      >
        {message?.text}
      </p>
    </form>
  );
}
