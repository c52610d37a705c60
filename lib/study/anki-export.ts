// The concept cards as an Anki package: in Korean, English or both, tagged by topic and concept,
// optionally with the learner's schedule and review log so Anki's FSRS starts from them.
import { z } from 'zod';
import { ankiCloze, ankiHtml } from '../anki/fields';
import { type AnkiNote, type AnkiSchedule, writeApkg } from '../anki/package';
import { CLOZE_BLANK, type Concept, loadConcepts } from '../content';
import { fetchConceptCardsWithReviews } from '../db/card-rows';
import { currentLearner } from './learner';

export const ankiExportSchema = z.object({
  lang: z.enum(['ko', 'en', 'both']).catch('both'),
  history: z
    .string()
    .optional()
    .transform((value) => value === '1'),
});

type Language = 'ko' | 'en';
type Card = Concept['cards'][number];

/** The parts of a cloze card, recovered from its faces (front: `[...]`, back: the hidden part in bold). */
function clozeParts(card: Card, lang: Language) {
  const front = card.front[lang];
  const at = front.indexOf(CLOZE_BLANK);
  const before = front.slice(0, at);
  const after = front.slice(at + CLOZE_BLANK.length);
  const hidden = card.back[lang].slice(
    before.length + 2,
    card.back[lang].length - after.length - 2,
  );
  return { before, hidden, after };
}

function fieldsOf(card: Card, concept: Concept, langs: Language[]): [string, string] {
  const join = (parts: string[]) => parts.join('<hr>');
  const source = (lang: Language) => `<small>${ankiHtml(concept.title[lang])}</small>`;
  if (card.kind === 'cloze') {
    return [
      join(
        langs.map((lang) => {
          const { before, hidden, after } = clozeParts(card, lang);
          return ankiCloze(before, hidden, after);
        }),
      ),
      join(langs.map(source)),
    ];
  }
  return [
    join(langs.map((lang) => ankiHtml(card.front[lang]))),
    join(langs.map((lang) => `${ankiHtml(card.back[lang])}<br>${source(lang)}`)),
  ];
}

/** Anki's tags: no spaces; `::` makes a hierarchy. */
function tagsOf(concept: Concept): string[] {
  return ['backprop', `backprop::topic::${concept.topic}`, `backprop::concept::${concept.slug}`];
}

export async function exportAnkiPackage(
  raw: Record<string, string | undefined>,
  now = new Date(),
): Promise<{ bytes: Uint8Array; filename: string }> {
  const options = ankiExportSchema.parse(raw);
  const langs: Language[] = options.lang === 'both' ? ['ko', 'en'] : [options.lang];
  const schedules = new Map<string, AnkiSchedule>();
  if (options.history) {
    const { db, learner } = await currentLearner(now);
    for (const row of await fetchConceptCardsWithReviews(db, learner.id)) {
      const dayMs = 86_400_000;
      const interval = (from: Date | null, to: Date) =>
        from ? Math.max(0, Math.round((to.getTime() - from.getTime()) / dayMs)) : 0;
      schedules.set(row.itemId, {
        type: row.state,
        due: row.due,
        intervalDays: row.scheduledDays,
        reps: row.reps,
        lapses: row.lapses,
        stability: row.stability,
        difficulty: row.difficulty,
        desiredRetention: learner.desiredRetention,
        suspended: row.suspended,
        reviews: row.reviews.map((review, i) => {
          const next = row.reviews[i + 1];
          const nextInterval = next ? next.scheduledDays : row.scheduledDays;
          return {
            at: review.reviewedAt,
            rating: review.rating,
            state: review.state,
            intervalDays: nextInterval,
            lastIntervalDays: interval(review.lastReview, review.reviewedAt),
            durationMs: review.durationMs ?? 0,
          };
        }),
      });
    }
  }
  const notes: AnkiNote[] = loadConcepts().flatMap((concept) =>
    concept.cards.map((card) => ({
      key: `backprop:${options.lang}:${card.id}`,
      type: card.kind,
      fields: fieldsOf(card, concept, langs),
      tags: tagsOf(concept),
      schedule: schedules.get(card.id),
    })),
  );
  const name = { ko: 'Backprop (한국어)', en: 'Backprop (English)', both: 'Backprop' }[
    options.lang
  ];
  const bytes = writeApkg({
    name,
    description: 'Backprop: the fundamentals of deep learning.',
    notes,
    created: now,
  });
  return { bytes, filename: `backprop-${options.lang}.apkg` };
}
