// /review: the spaced-repetition queue, one card at a time, keyboard first.

import { exerciseLabels } from '@/app/_components/ExerciseView';
import { navTitle } from '@/app/_components/page-title';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { loadReviewScreen } from '@/lib/study/review';
import { ReviewSession } from './ReviewSession';

export const dynamic = 'force-dynamic';
export const generateMetadata = navTitle('review');

export default async function ReviewPage() {
  const locale = await getLocale();
  const t = messagesFor(locale);
  const screen = await loadReviewScreen(locale);
  const left = screen.counts.learning + screen.counts.review + screen.counts.fresh;
  const done = screen.counts.doneToday;
  const share = done + left > 0 ? (100 * done) / (done + left) : 100;
  return (
    <>
      <h1>{t.review.title}</h1>
      <p className="muted" data-testid="review-progress">
        {t.review.progress(done, left)}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={done + left}
        aria-valuenow={done}
        aria-label={t.review.title}
      >
        <span style={{ width: `${share}%` }} />
      </div>
      <ReviewSession
        card={screen.card}
        lastSubmissionId={screen.lastSubmissionId}
        locale={locale}
        labels={{
          title: t.review.title,
          showAnswer: t.review.showAnswer,
          ratings: t.review.ratings,
          undo: t.review.undo,
          undone: t.review.undone,
          leech: t.review.leech,
          suggested: t.review.suggested,
          skill: t.review.skill,
          concept: t.review.concept,
          keyboard: t.review.keyboard,
          exercise: exerciseLabels(t),
        }}
      >
        <section className="panel">
          <h2>{t.review.emptyTitle}</h2>
          {screen.newLimitReached && <p>{t.review.limitReached}</p>}
          <p>{screen.nextDue ? t.review.nextDue(screen.nextDue) : t.review.nothingScheduled}</p>
        </section>
      </ReviewSession>
    </>
  );
}
