// /concepts: every concept of the notes, grouped by topic in the order of the course.

import Link from 'next/link';
import { Mixed } from '@/app/_components/Mixed';
import { navTitle } from '@/app/_components/page-title';
import { conceptsByTopic } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';

export const generateMetadata = navTitle('concepts');

export default async function ConceptsPage() {
  const locale = await getLocale();
  const t = messagesFor(locale);
  const groups = conceptsByTopic();
  return (
    <>
      <h1>{t.concepts.title}</h1>
      {groups.map(({ topic, concepts }) => (
        <section key={topic}>
          <h2>{t.topics[topic]}</h2>
          <div className="grid">
            {concepts.map((concept) => (
              <Link key={concept.slug} href={`/concepts/${concept.slug}`} className="panel tile">
                <h3>
                  <Mixed text={concept.title[locale]} locale={locale} />
                </h3>
                <p>
                  {concept.cards.length} {t.concepts.cards}
                </p>
              </Link>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
