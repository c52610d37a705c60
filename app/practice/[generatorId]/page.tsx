// /practice/<generatorId>?seed=N&level=L: one generated exercise; the URL reproduces it exactly.

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ExerciseBlock, exerciseLabels } from '@/app/_components/ExerciseView';
import { Mixed } from '@/app/_components/Mixed';
import { generatorById } from '@/lib/exercises';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { exerciseHref, presentExercise } from '@/lib/study/present';
import { exerciseRefSchema } from '@/lib/study/schemas';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ generatorId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function randomSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { generatorId } = await params;
  const generator = generatorById(generatorId);
  const locale = await getLocale();
  return { title: generator ? generator.title[locale] : undefined };
}

export default async function ExercisePage({ params, searchParams }: Props) {
  const [{ generatorId }, query, locale] = await Promise.all([params, searchParams, getLocale()]);
  const generator = generatorById(generatorId);
  if (!generator) notFound();
  const levelParam = typeof query.level === 'string' ? query.level : '1';
  const seedParam = typeof query.seed === 'string' ? query.seed : undefined;
  if (seedParam === undefined)
    redirect(exerciseHref(generator.id, randomSeed(), Number(levelParam) || 1));
  const ref = exerciseRefSchema.safeParse({
    generatorId,
    seed: Number(seedParam),
    level: Number(levelParam),
  });
  if (!ref.success) redirect(exerciseHref(generator.id, randomSeed(), 1));
  const t = messagesFor(locale);
  const exercise = presentExercise(generator.generate(ref.data.seed, ref.data.level), locale);
  return (
    <>
      <p>
        <Link href="/practice" className="tap-link">
          ← {t.practice.title}
        </Link>
      </p>
      <h1>
        <Mixed text={exercise.title} locale={locale} />
      </h1>
      <nav className="row" aria-label={t.practice.level}>
        {([1, 2, 3] as const).map((level) => {
          const name = t.practice.levelName(level);
          const asks = generator.levels[level][locale];
          // What the level asks is in its name everywhere, and shown where there is room.
          return (
            <Link
              key={level}
              href={exerciseHref(generator.id, ref.data.seed, level)}
              className={`btn${level === ref.data.level ? ' btn-primary' : ''}`}
              aria-current={level === ref.data.level ? 'page' : undefined}
              aria-label={`${name}: ${asks}`}
            >
              <span>
                {name}
                <span className="level-asks">
                  : <Mixed text={asks} locale={locale} />
                </span>
              </span>
            </Link>
          );
        })}
      </nav>
      <section className="panel" style={{ marginTop: '1rem' }}>
        <ExerciseBlock exercise={exercise} labels={exerciseLabels(t)} />
      </section>
      <div className="row">
        <form action={`/practice/${generator.id}`} method="get">
          <input type="hidden" name="seed" value={randomSeed()} />
          <input type="hidden" name="level" value={ref.data.level} />
          <button type="submit" className="btn">
            {t.practice.newProblem}
          </button>
        </form>
        <Link href={exercise.href} className="muted tap-link">
          {t.practice.linkToVariant}
        </Link>
      </div>
    </>
  );
}
