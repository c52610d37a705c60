// /cards: every card of the learner, searchable and filterable, a page at a time; the Anki export.
import Link from 'next/link';
import { navTitle } from '@/app/_components/page-title';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { type CardQuery, listCards } from '@/lib/study/cards';

export const dynamic = 'force-dynamic';
export const generateMetadata = navTitle('cards');

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The link to another page of the same search. */
function pageHref(query: CardQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page })) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `/cards?${text}` : '/cards';
}

export default async function CardsPage({ searchParams }: { searchParams: SearchParams }) {
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const t = messagesFor(locale);
  const c = t.cards;
  const list = await listCards(raw, locale);
  const { query } = list;
  const select = (
    name: 'concept' | 'topic' | 'kind' | 'state' | 'due',
    label: string,
    options: [string, string][],
  ) => (
    <p>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={query[name] ?? ''}>
        <option value="">{c.any}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <>
      <h1>{c.title}</h1>
      <p className="muted">{c.intro}</p>
      <search className="panel card-filters">
        <form method="get" action="/cards">
          <p>
            <label htmlFor="card-search">{c.search}</label>
            <input
              id="card-search"
              name="q"
              type="search"
              defaultValue={query.q}
              aria-describedby="card-search-help"
            />
            <span id="card-search-help" className="muted">
              {c.searchHelp}
            </span>
          </p>
          {select(
            'concept',
            c.concept,
            list.concepts.map((concept) => [concept.slug, concept.title]),
          )}
          {select(
            'topic',
            c.topic,
            list.topics.map((topic) => [topic, t.topics[topic as keyof typeof t.topics] ?? topic]),
          )}
          {select('kind', c.kind, Object.entries(c.kinds))}
          {select('state', c.state, Object.entries(c.states))}
          {select('due', c.due, Object.entries(c.dueFilters))}
          <p>
            <label htmlFor="filter-sort">{c.sort}</label>
            <select id="filter-sort" name="sort" defaultValue={query.sort}>
              {Object.entries(c.sorts).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </p>
          <p className="row">
            <button type="submit" className="btn btn-primary">
              {c.apply}
            </button>
            <Link href="/cards" className="btn">
              {c.clear}
            </Link>
            <Link href="/cards?state=leech" className="btn">
              {c.leeches}
            </Link>
          </p>
        </form>
      </search>

      <section aria-labelledby="card-results">
        <div role="status" aria-live="polite">
          <h2 id="card-results">{c.results(list.total)}</h2>
        </div>
        {list.rows.length === 0 ? (
          <p>{c.none}</p>
        ) : (
          <div className="table-scroll">
            <table className="card-table">
              <thead>
                <tr>
                  <th scope="col">{c.card}</th>
                  <th scope="col">{c.concept}</th>
                  <th scope="col">{c.kind}</th>
                  <th scope="col">{c.state}</th>
                  <th scope="col">{c.due}</th>
                  <th scope="col">{c.difficulty}</th>
                  <th scope="col">{c.lapses}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <Link href={`/cards/${row.id}`}>{row.title}</Link>
                      {row.tags.map((tag) => (
                        <span key={tag} className="tag">
                          {c[`${tag}Tag`]}
                        </span>
                      ))}
                    </td>
                    <td>{row.concept}</td>
                    <td>{c.kinds[row.kind]}</td>
                    <td>{c.states[row.state]}</td>
                    <td>{row.due ?? c.notDue}</td>
                    <td>{row.difficulty}</td>
                    <td>{row.lapses}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label={c.pagination} className="row">
          {list.page > 1 && (
            <Link href={pageHref(query, list.page - 1)} className="btn">
              {c.previous}
            </Link>
          )}
          <span>{c.page(list.page, list.pages)}</span>
          {list.page < list.pages && (
            <Link href={pageHref(query, list.page + 1)} className="btn">
              {c.next}
            </Link>
          )}
        </nav>
      </section>

      <section className="panel" aria-labelledby="anki-export">
        <h2 id="anki-export">{c.export}</h2>
        <p className="muted">{c.exportHelp}</p>
        <form method="get" action="/cards/export">
          <p>
            <label htmlFor="export-language">{c.exportLanguage}</label>
            <select id="export-language" name="lang" defaultValue={locale}>
              {Object.entries(c.languages).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </p>
          <p>
            <input id="export-history" name="history" type="checkbox" value="1" />{' '}
            <label htmlFor="export-history" style={{ display: 'inline' }}>
              {c.exportHistory}
            </label>
          </p>
          <button type="submit" className="btn btn-primary">
            {c.download}
          </button>
        </form>
      </section>
    </>
  );
}
