// /cards/[id]: one card's faces (or its exercise skill), its schedule, its review history and its actions.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Html } from '@/app/_components/Html';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { loadCardPage } from '@/lib/study/cards';
import { CardActions } from './CardActions';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;

function parseId(id: string): number | null {
  return /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = messagesFor(await getLocale());
  return { title: `${t.cards.card} ${(await params).id}` };
}

export default async function CardPage({ params }: { params: Params }) {
  const [locale, { id }] = await Promise.all([getLocale(), params]);
  const cardId = parseId(id);
  const card = cardId ? await loadCardPage(cardId, locale) : null;
  if (!card) notFound();
  const t = messagesFor(locale);
  const p = t.cardPage;
  const fixed = (value: number | null, digits: number) =>
    value === null ? '—' : value.toFixed(digits);
  const percent = (value: number | null) => (value === null ? '—' : `${(100 * value).toFixed(1)}%`);
  const heading =
    card.faces?.kind === 'concept'
      ? card.faces.conceptTitle
      : card.faces?.kind === 'skill'
        ? card.faces.title
        : `${t.cards.card} ${card.id}`;
  return (
    <>
      <p>
        <Link href="/cards" className="tap-link">
          {p.back2}
        </Link>
      </p>
      <h1>
        {heading} {card.leech && <span className="tag">{t.cards.leechTag}</span>}
        {card.suspended && <span className="tag">{t.cards.suspendedTag}</span>}
        {card.buried && <span className="tag">{t.cards.buriedTag}</span>}
      </h1>
      {card.faces?.kind === 'concept' && (
        <section className="panel" aria-labelledby="faces">
          <h2 id="faces" className="visually-hidden">
            {t.cards.card}
          </h2>
          <h3>{p.front}</h3>
          <Html className="card-face" html={card.faces.frontHtml} />
          <h3>{p.back}</h3>
          <Html className="card-face back" html={card.faces.backHtml} />
          <p>
            <Link href={`/concepts/${card.faces.conceptSlug}`} className="tap-link">
              {p.concept}
            </Link>
          </p>
        </section>
      )}
      {card.faces?.kind === 'skill' && (
        <section className="panel" aria-labelledby="faces">
          <h2 id="faces">{p.skill}</h2>
          <p>{p.skillHelp}</p>
          <p>
            <Link href={`/practice/${card.faces.generatorId}`} className="tap-link">
              {p.practise}
            </Link>
          </p>
        </section>
      )}

      <CardActions
        cardId={card.id}
        suspended={card.suspended}
        buried={card.buried}
        lastEventId={card.lastEvent?.id ?? null}
        locale={locale}
        labels={{
          actions: p.actions,
          suspend: p.suspend,
          unsuspend: p.unsuspend,
          bury: p.bury,
          unbury: p.unbury,
          forget: p.forget,
          undo: p.undo,
          done: p.done,
        }}
      />

      <section className="panel" aria-labelledby="schedule">
        <h2 id="schedule">{p.schedule}</h2>
        <dl className="facts">
          <dt>{p.state}</dt>
          <dd data-testid="card-state">{t.cards.states[card.state]}</dd>
          <dt>{p.due}</dt>
          <dd>{card.due ?? '—'}</dd>
          <dt>{p.stability}</dt>
          <dd>{fixed(card.stability, 2)}</dd>
          <dt>{p.difficulty}</dt>
          <dd>{fixed(card.difficulty, 2)}</dd>
          <dt>{p.retrievability}</dt>
          <dd>{percent(card.retrievability)}</dd>
          <dt>{p.reps}</dt>
          <dd>{card.reps}</dd>
          <dt>{p.lapses}</dt>
          <dd>{card.lapses}</dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="history">
        <h2 id="history">{p.history}</h2>
        {card.history.length === 0 ? (
          <p>{p.noHistory}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{p.date}</th>
                <th scope="col">{p.rating}</th>
                <th scope="col">{p.elapsed}</th>
                <th scope="col">{p.interval}</th>
                <th scope="col">{p.stability}</th>
                <th scope="col">{p.difficulty}</th>
                <th scope="col">{p.retrievabilityAt}</th>
              </tr>
            </thead>
            <tbody>
              {card.history.map((entry) => (
                <tr key={entry.reviewedAt.getTime()}>
                  <td>{entry.date}</td>
                  <td>{t.review.ratings[entry.rating as 1 | 2 | 3 | 4]}</td>
                  <td>{entry.elapsedDays}</td>
                  <td>{entry.interval}</td>
                  <td>{entry.stability.toFixed(2)}</td>
                  <td>{entry.difficulty.toFixed(2)}</td>
                  <td>{percent(entry.retrievability)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
