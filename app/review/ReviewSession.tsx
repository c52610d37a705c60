// The card under review: Show answer (Space), Again/Hard/Good/Easy (1-4), Undo (Ctrl+Z), saved by server actions.
'use client';
import Link from 'next/link';
import { type ReactNode, useCallback, useEffect, useState, useTransition } from 'react';
import { ExerciseBlock, type ExerciseLabels } from '@/app/_components/ExerciseView';
import { Html } from '@/app/_components/Html';
import { newSubmissionId } from '@/app/_components/submission-id';
import type { Locale } from '@/lib/i18n/locale';
import {
  type ExerciseOutcome,
  type PartOutcome,
  suggestPartsRating,
  suggestRating,
} from '@/lib/srs/rating';
import type { ReviewCardView } from '@/lib/study/review';
import { rateAction, undoAction } from './actions';

type Rating = 1 | 2 | 3 | 4;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The words of the review screen, as plain strings (the dictionaries stay on the server). */
export interface ReviewLabels {
  title: string;
  showAnswer: string;
  ratings: Record<Rating, string>;
  undo: string;
  undone: string;
  leech: string;
  suggested: string;
  skill: string;
  concept: string;
  keyboard: string;
  exercise: ExerciseLabels;
}

export function ReviewSession({
  card,
  lastSubmissionId,
  locale,
  labels,
  children,
}: {
  card: ReviewCardView | null;
  lastSubmissionId: string | null;
  locale: Locale;
  labels: ReviewLabels;
  /** What to show when nothing is due. */
  children: ReactNode;
}) {
  const [revealed, setRevealed] = useState(false);
  const [outcomes, setOutcomes] = useState<ExerciseOutcome[]>([]);
  const [partOutcomes, setPartOutcomes] = useState<Record<string, PartOutcome> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // One submission id per card shown: a double click or a retry of the same rating is stored once.
  const cardKey = card ? `${card.cardId}:${card.expectedReps}` : 'none';
  const [shown, setShown] = useState({
    key: cardKey,
    submissionId: newSubmissionId(),
    at: Date.now(),
  });
  if (shown.key !== cardKey) {
    setShown({ key: cardKey, submissionId: newSubmissionId(), at: Date.now() });
    setRevealed(false);
    setOutcomes([]);
    setPartOutcomes(null);
  }
  const suggested = partOutcomes ? suggestPartsRating(partOutcomes) : suggestRating(outcomes);

  const rate = useCallback(
    (rating: Rating) => {
      if (!card || !revealed || pending) return;
      startTransition(async () => {
        const outcome = await rateAction({
          submissionId: shown.submissionId,
          cardId: card.cardId,
          rating,
          expectedReps: card.expectedReps,
          durationMs: Math.min(Date.now() - shown.at, 86_400_000),
        });
        if (!outcome.ok) {
          setMessage(outcome.error[locale]);
          return;
        }
        // The action's revalidatePath('/review') sends the next card with its answer: no refetch.
        setMessage(outcome.leech ? labels.leech : null);
      });
    },
    [card, revealed, pending, locale, shown, labels.leech],
  );

  const undo = useCallback(() => {
    if (!lastSubmissionId || pending) return;
    startTransition(async () => {
      const outcome = await undoAction({ submissionId: lastSubmissionId });
      setMessage(outcome.ok ? labels.undone : outcome.error[locale]);
    });
  }, [lastSubmissionId, pending, locale, labels.undone]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        undo();
        return;
      }
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ' && card?.kind === 'concept' && !revealed) {
        event.preventDefault();
        setRevealed(true);
      } else if (['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        rate(Number(event.key) as Rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, revealed, rate, undo]);

  // Until the script has run, the keys do nothing; the card says when they work (the browser tests
  // wait for it rather than for a guess of time).
  const [keysReady, setKeysReady] = useState(false);
  useEffect(() => setKeysReady(true), []);

  const onChecked = (status: 'correct' | 'incorrect' | 'invalid') => {
    if (status === 'invalid') return;
    setOutcomes((previous) => [...previous, status]);
    setRevealed(true);
  };

  const onPartsChecked = (first: Record<string, PartOutcome>) => {
    if (Object.keys(first).length === 0) return;
    setPartOutcomes(first);
    setRevealed(true);
  };

  return (
    <>
      {!card && children}
      {card && (
        <article className="panel" aria-live="polite" data-keys={keysReady ? 'ready' : undefined}>
          <p className="row">
            <span className="tag">{card.kind === 'skill' ? labels.skill : labels.concept}</span>
            {card.kind === 'concept' ? (
              <Link href={`/concepts/${card.conceptSlug}`} className="muted tap-link">
                {card.conceptTitle}
              </Link>
            ) : (
              <Link href={card.exercise.href} className="muted tap-link">
                {card.exercise.title}
              </Link>
            )}
          </p>
          {card.kind === 'concept' ? (
            <>
              <Html className="card-face" html={card.frontHtml} />
              {revealed ? (
                <Html className="card-face back" html={card.backHtml} />
              ) : (
                <button type="button" className="btn btn-primary" onClick={() => setRevealed(true)}>
                  {labels.showAnswer}
                </button>
              )}
            </>
          ) : (
            <ExerciseBlock
              exercise={card.exercise}
              labels={labels.exercise}
              onChecked={onChecked}
              onPartsChecked={onPartsChecked}
            />
          )}
        </article>
      )}
      {card && revealed && (
        <section aria-label={labels.title}>
          {suggested && (
            <p className="muted">
              {labels.suggested}: {labels.ratings[suggested as Rating]}
            </p>
          )}
          <div className="rating-bar">
            {card.intervals.map(({ rating, label }) => (
              <button
                key={rating}
                type="button"
                className={`btn${rating === suggested ? ' suggested btn-primary' : ''}`}
                onClick={() => rate(rating)}
                disabled={pending}
                aria-keyshortcuts={String(rating)}
              >
                {labels.ratings[rating]}
                <small aria-hidden="true">{label}</small>
              </button>
            ))}
          </div>
        </section>
      )}
      <div className="row" style={{ marginTop: '1rem' }}>
        {lastSubmissionId && (
          <button
            type="button"
            className="btn"
            onClick={undo}
            disabled={pending}
            aria-keyshortcuts="Control+Z"
          >
            {labels.undo}
          </button>
        )}
        <span className="muted keyboard-hint">{labels.keyboard}</span>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </>
  );
}
