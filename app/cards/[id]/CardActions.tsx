'use client';
// A card's actions: each posts to a server action; the outcome is announced, with Undo beside it.
import { useActionState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { CardActionOutcome } from '@/lib/study/card-actions';
import { cardAction } from '../actions';

export interface CardActionLabels {
  actions: string;
  suspend: string;
  unsuspend: string;
  bury: string;
  unbury: string;
  forget: string;
  undo: string;
  done: Record<string, string>;
}

export function CardActions({
  cardId,
  suspended,
  buried,
  lastEventId,
  labels,
  locale,
}: {
  cardId: number;
  suspended: boolean;
  buried: boolean;
  /** The latest change that can still be undone (after a reload too). */
  lastEventId: number | null;
  labels: CardActionLabels;
  locale: Locale;
}) {
  const [outcome, act, pending] = useActionState<CardActionOutcome | null, FormData>(
    cardAction,
    null,
  );
  const message = outcome
    ? outcome.ok
      ? labels.done[outcome.action === 'undone' ? 'undone' : outcome.action]
      : outcome.error[locale]
    : null;
  const button = (action: 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'forget') => (
    <form action={act} key={action}>
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="action" value={action} />
      <button type="submit" className="btn" disabled={pending}>
        {labels[action]}
      </button>
    </form>
  );
  return (
    <section className="panel" aria-labelledby="card-actions">
      <h2 id="card-actions">{labels.actions}</h2>
      <div className="row">
        {button(suspended ? 'unsuspend' : 'suspend')}
        {button(buried ? 'unbury' : 'bury')}
        {button('forget')}
        {lastEventId ? (
          <form action={act}>
            <input type="hidden" name="eventId" value={lastEventId} />
            <button type="submit" className="btn" disabled={pending}>
              {labels.undo}
            </button>
          </form>
        ) : null}
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
