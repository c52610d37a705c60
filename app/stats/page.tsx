// /stats: reviews per day, true retention, the 30-day forecast, accuracy and mastery per topic, the streak.

import { ForecastBars } from '@/app/_components/charts/ForecastBars';
import { Heatmap } from '@/app/_components/charts/Heatmap';
import { navTitle } from '@/app/_components/page-title';
import { summariseDaily } from '@/lib/charts/summary';
import { TOPICS, type Topic } from '@/lib/content/schema';
import { formatPercent, formatSize } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { MAX_IMPORT_BYTES } from '@/lib/study/http';
import { currentLearner } from '@/lib/study/learner';
import { loadStats } from '@/lib/study/stats';
import { ImportForm } from './ImportForm';

export const dynamic = 'force-dynamic';
export const generateMetadata = navTitle('stats');

export default async function StatsPage() {
  const now = new Date();
  const [locale, { db, learner }] = await Promise.all([getLocale(), currentLearner(now)]);
  const t = messagesFor(locale);
  const stats = await loadStats(db, learner, now);
  const activity = summariseDaily(
    stats.days.map((d) => ({ day: d.day, count: d.reviews + d.attempts })),
  );
  const due = summariseDaily(stats.forecast.map((f) => ({ day: f.day, count: f.due })));
  const half = Math.ceil(stats.forecast.length / 2);
  const dueFirstHalf = summariseDaily(
    stats.forecast.slice(0, half).map((f) => ({ day: f.day, count: f.due })),
  ).total;
  const topics = [...stats.topics].sort(
    (a, b) => TOPICS.indexOf(a.topic as Topic) - TOPICS.indexOf(b.topic as Topic),
  );
  return (
    <>
      <h1>{t.stats.title}</h1>
      <div className="stat-grid">
        <section className="panel">
          <h2>{t.stats.streak}</h2>
          <p className="big-number" data-testid="streak">
            {t.stats.days(stats.streak)}
          </p>
        </section>
        <section className="panel">
          <h2>{t.stats.reviews}</h2>
          <p className="big-number" data-testid="total-reviews">
            {stats.totals.reviews}
          </p>
        </section>
        <section className="panel">
          <h2>{t.practice.accuracy}</h2>
          <p className="big-number">
            {formatPercent(
              topics.reduce((s, r) => s + r.correct, 0),
              topics.reduce((s, r) => s + r.attempts, 0),
            )}
          </p>
        </section>
      </div>

      <section className="panel">
        <h2>{t.stats.heatmap}</h2>
        <Heatmap
          days={stats.days}
          today={stats.today}
          label={t.stats.heatmap}
          description={
            activity.busiest
              ? t.figures.heatmap(
                  activity.total,
                  activity.activeDays,
                  activity.busiest.day,
                  activity.busiest.count,
                )
              : t.figures.heatmapEmpty
          }
        />
      </section>

      <section className="panel">
        <h2>{t.stats.retention}</h2>
        <div className="table-scroll">
          <table>
            <tbody>
              {stats.retention.map((row) => (
                <tr key={row.period}>
                  <th scope="row">{t.stats.period[row.period]}</th>
                  <td>
                    <Share part={row.recalled} whole={row.reviews} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel">
        <h2>{t.stats.forecast}</h2>
        <ForecastBars
          forecast={stats.forecast}
          label={t.stats.forecast}
          description={
            due.busiest
              ? t.figures.forecast(
                  due.total,
                  due.busiest.day,
                  due.busiest.count,
                  dueFirstHalf,
                  due.total - dueFirstHalf,
                )
              : t.figures.forecastEmpty
          }
        />
      </section>

      <section className="panel">
        <h2>{t.stats.mastery}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{t.stats.topic}</th>
                <th>{t.stats.accuracy}</th>
                <th>{t.stats.masteryLabel}</th>
              </tr>
            </thead>
            <tbody>
              {topics.map((row) => (
                <tr key={row.topic}>
                  <td>{t.topics[row.topic as Topic] ?? row.topic}</td>
                  <td>
                    <Share part={row.correct} whole={row.attempts} />
                  </td>
                  <td>
                    <div className="meter" title={`${row.mastered}/${row.cards}`}>
                      <span
                        style={{ width: `${row.cards ? (100 * row.mastered) / row.cards : 0}%` }}
                      />
                    </div>
                    <span className="muted">
                      {row.mastered}/{row.cards}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel">
        <p>
          <a href="/api/export" className="btn" download>
            {t.stats.export}
          </a>
        </p>
        <ImportForm
          labels={{
            title: t.stats.import,
            button: t.stats.importButton,
            help: t.stats.importHelp,
            tooLarge: t.transfer.tooLarge(formatSize(MAX_IMPORT_BYTES)),
          }}
          maxBytes={MAX_IMPORT_BYTES}
          locale={locale}
        />
      </section>
    </>
  );
}

/** A share as a percentage, with the counts behind it. */
function Share({ part, whole }: { part: number; whole: number }) {
  return (
    <>
      {formatPercent(part, whole)}{' '}
      <span className="muted">
        ({part}/{whole})
      </span>
    </>
  );
}
