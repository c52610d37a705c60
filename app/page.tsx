// Home: what is due today and a way into each part of the app.
import Link from 'next/link';

import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { currentLearner } from '@/lib/study/learner';
import { loadQueue } from '@/lib/study/queue';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const now = new Date();
  const [locale, { db, learner }] = await Promise.all([getLocale(), currentLearner(now)]);
  const t = messagesFor(locale);
  const queue = await loadQueue(db, learner, now);
  const due = queue.learning + queue.review;
  return (
    <>
      <h1>{t.appName}</h1>
      <p className="muted">{t.tagline}</p>
      <div className="stat-grid">
        <section className="panel" aria-labelledby="due-heading">
          <h2 id="due-heading">{t.home.dueToday}</h2>
          <p className="big-number" data-testid="due-count">
            {due}
          </p>
          <p className="muted">{due > 0 ? t.home.cardsDue(due) : t.home.nothingDue}</p>
        </section>
        <section className="panel" aria-labelledby="new-heading">
          <h2 id="new-heading">{t.home.newToday}</h2>
          <p className="big-number" data-testid="new-count">
            {queue.fresh}
          </p>
          <p className="muted">{t.home.newAvailable(queue.fresh)}</p>
        </section>
      </div>
      {due + queue.fresh > 0 && (
        <p>
          <Link href="/review" className="btn btn-primary">
            {t.home.startReview}
          </Link>
        </p>
      )}
      <div className="grid">
        {(['review', 'practice', 'concepts', 'stats'] as const).map((part) => (
          <Link key={part} href={`/${part}`} className="panel tile">
            <h2>{t.nav[part]}</h2>
            <p>{t.home.parts[part]}</p>
          </Link>
        ))}
      </div>
    </>
  );
}
