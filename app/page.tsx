// Home: what is due today and a way into each part of the app.
import Link from 'next/link';
import { getDb } from '@/lib/db/client';
import { ensureLocalLearner } from '@/lib/db/learner';
import { getLocale } from '@/lib/i18n/server';
import { messagesFor } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const locale = await getLocale();
  const t = messagesFor(locale);
  const db = await getDb();
  const learner = await ensureLocalLearner(db);
  const due = await db.card.count({ where: { learnerId: learner.id, due: { lte: new Date() }, state: { not: 0 } } });
  return (
    <>
      <h1>{t.appName}</h1>
      <p className="muted">{t.tagline}</p>
      <section className="panel" aria-labelledby="due-heading">
        <h2 id="due-heading">{t.home.dueToday}</h2>
        <p className="big-number" data-testid="due-count">{due}</p>
      </section>
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
