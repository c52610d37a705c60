// /concepts/<slug>: one concept's note in the chosen language, its figure, cards, exercises and related concepts.

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActivationPlot, isPlottedActivation } from '@/app/_components/figures/ActivationPlot';
import { OptimizerPaths } from '@/app/_components/figures/OptimizerPaths';
import { Html } from '@/app/_components/Html';
import { Markdown } from '@/app/_components/Markdown';
import { Mixed } from '@/app/_components/Mixed';
import { getConcept, renderInline } from '@/lib/content';
import { generatorById } from '@/lib/exercises';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const concept = getConcept(slug);
  const locale = await getLocale();
  return { title: concept?.title[locale] };
}

export default async function ConceptPage({ params }: Props) {
  const [{ slug }, locale] = await Promise.all([params, getLocale()]);
  const concept = getConcept(slug);
  if (!concept) notFound();
  const t = messagesFor(locale);
  const related = concept.related.flatMap((other) => getConcept(other) ?? []);
  return (
    <article>
      <p>
        <Link href="/concepts" className="tap-link">
          ← {t.concepts.title}
        </Link>{' '}
        · <span className="tag">{t.topics[concept.topic]}</span>
      </p>
      <h1>
        <Mixed text={concept.title[locale]} locale={locale} />
      </h1>
      <Markdown source={concept.body[locale]} className="note" note={locale} />
      {concept.figure === 'activation-plot' && isPlottedActivation(concept.slug) && (
        <ActivationPlot activation={concept.slug} t={t} />
      )}
      {concept.figure === 'optimizer-paths' && <OptimizerPaths t={t} locale={locale} />}

      {concept.exercises.length > 0 && (
        <section>
          <h2>{t.concepts.practise}</h2>
          <ul className="row" style={{ listStyle: 'none', padding: 0 }}>
            {concept.exercises.map((id) => (
              <li key={id}>
                <Link href={`/practice/${id}`} className="btn">
                  <Mixed text={generatorById(id)?.title[locale] ?? id} locale={locale} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h2>
          {t.concepts.cards} ({concept.cards.length})
        </h2>
        {concept.cards.map((card) => (
          <details key={card.id} className="panel">
            <summary>
              {card.kind === 'cloze' && <span className="tag">{t.concepts.cloze}</span>}{' '}
              <Html as="span" html={renderInline(card.front[locale])} />
            </summary>
            <Markdown source={card.back[locale]} className="card-face back" />
          </details>
        ))}
      </section>

      {related.length > 0 && (
        <section>
          <h2>{t.concepts.related}</h2>
          <ul>
            {related.map((other) => (
              <li key={other.slug}>
                <Link href={`/concepts/${other.slug}`}>
                  <Mixed text={other.title[locale]} locale={locale} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
