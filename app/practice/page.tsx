// /practice: every exercise generator by topic, with the learner's accuracy on each.

import Link from 'next/link';
import { Mixed } from '@/app/_components/Mixed';
import { navTitle } from '@/app/_components/page-title';
import { TOPICS } from '@/lib/content/schema';
import { generators } from '@/lib/exercises';
import { formatPercent } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { currentLearner } from '@/lib/study/learner';

export const dynamic = 'force-dynamic';
export const generateMetadata = navTitle('practice');

export default async function PracticePage() {
  const locale = await getLocale();
  const t = messagesFor(locale);
  const { db, learner } = await currentLearner();
  const stats = await db.skillStat.findMany({ where: { learnerId: learner.id } });
  const byId = new Map(stats.map((row) => [row.generatorId, row]));
  return (
    <>
      <h1>{t.practice.title}</h1>
      <p className="muted">{t.practice.intro}</p>
      {TOPICS.map((topic) => {
        const list = generators.filter((generator) => generator.topic === topic);
        if (list.length === 0) return null;
        return (
          <section key={topic}>
            <h2>{t.topics[topic]}</h2>
            <div className="grid">
              {list.map((generator) => {
                const stat = byId.get(generator.id);
                return (
                  <Link
                    key={generator.id}
                    href={`/practice/${generator.id}`}
                    className="panel tile"
                  >
                    <h3>
                      <Mixed text={generator.title[locale]} locale={locale} />
                    </h3>
                    <p>
                      {stat
                        ? `${t.practice.accuracy} ${formatPercent(stat.correct, stat.attempts)} (${stat.correct}/${stat.attempts})`
                        : t.practice.noAttempts}
                    </p>
                  </Link>
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}
