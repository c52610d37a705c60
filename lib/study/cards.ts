// The card browser's use cases: a filtered, sorted page of the learner's cards, and one card's page
// (faces, schedule, review history with the memory state at each review).
import { z } from 'zod';
import { loadConcepts } from '../content';
import { renderMarkdown } from '../content/render';
import { TOPICS } from '../content/schema';
import { type CardFilter, fetchCard, fetchCardPage, fetchCardReviews } from '../db/card-browser';
import { fetchCardEvents } from '../db/card-events';
import type { CardRow } from '../db/queue';
import { formatDateTime } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { matchingItems } from '../srs/card-search';
import { resolveItem } from '../srs/catalog';
import { endOfStudyDay } from '../srs/day';
import { replayHistory } from '../srs/history-view';
import { type CardState, configOf, retrievability, State } from '../srs/scheduler';
import { currentLearner } from './learner';
import { rowIdSchema } from './schemas';

export const PAGE_SIZE = 50;

const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

export const cardQuerySchema = z.object({
  q: z.string().max(200).optional().default(''),
  concept: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  topic: z.enum(TOPICS).optional().catch(undefined),
  kind: z.enum(['concept', 'skill']).optional().catch(undefined),
  state: z
    .enum(['new', 'learning', 'review', 'relearning', 'suspended', 'buried', 'leech'])
    .optional()
    .catch(undefined),
  due: z.enum(['overdue', 'today', 'week', 'later']).optional().catch(undefined),
  sort: z.enum(['due', 'difficulty', 'lapses']).optional().catch(undefined).default('due'),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(1).default(1),
});

export type CardQuery = z.infer<typeof cardQuerySchema>;

export interface CardListRow {
  id: number;
  kind: 'concept' | 'skill';
  title: string;
  concept: string;
  state: (typeof STATE_NAMES)[number];
  due: string | null;
  difficulty: string;
  lapses: number;
  tags: ('leech' | 'suspended' | 'buried')[];
}

export interface CardList {
  query: CardQuery;
  rows: CardListRow[];
  total: number;
  page: number;
  pages: number;
  concepts: { slug: string; title: string }[];
  topics: readonly string[];
}

/** Plain text of a face for a list: markup and TeX delimiters dropped, cut to a line. */
function snippet(markdown: string): string {
  const plain = markdown
    .replace(/[$*`_#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 110 ? `${plain.slice(0, 109)}…` : plain;
}

function filterFor(query: CardQuery, now: Date, dayEnd: Date): CardFilter {
  const filter: CardFilter = {
    items: matchingItems(query.q, query.concept),
    kind: query.kind,
    topic: query.topic,
    now,
  };
  const studied = [State.Learning, State.Review, State.Relearning];
  switch (query.state) {
    case 'suspended':
      filter.suspended = true;
      break;
    case 'leech':
      filter.leech = true;
      break;
    case 'buried':
      filter.buried = true;
      break;
    case undefined:
      break;
    default:
      filter.states = [STATE_NAMES.indexOf(query.state)];
      filter.suspended = false;
  }
  if (query.due) {
    filter.states = filter.states ?? studied;
    if (query.due === 'overdue') filter.dueBefore = now;
    if (query.due === 'today') filter.dueBefore = dayEnd;
    if (query.due === 'week') filter.dueBefore = new Date(now.getTime() + 7 * 86_400_000);
    if (query.due === 'later') filter.dueFrom = dayEnd;
  }
  return filter;
}

function describeRow(row: CardRow, locale: Locale) {
  const item = resolveItem(row.kind, row.itemId);
  if (!item) return { title: row.itemId, concept: '' };
  if (item.kind === 'concept') {
    return { title: snippet(item.card.front[locale]), concept: item.concept.title[locale] };
  }
  return { title: item.generator.title[locale], concept: '' };
}

export async function listCards(
  raw: Record<string, string | string[] | undefined>,
  locale: Locale,
  now = new Date(),
): Promise<CardList> {
  const flat = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = cardQuerySchema.safeParse(flat);
  const query = parsed.success ? parsed.data : cardQuerySchema.parse({});
  const { db, learner } = await currentLearner(now);
  const dayEnd = endOfStudyDay(now, learner.timezone, learner.dayStartHour);
  const filter = filterFor(query, now, dayEnd);
  const { rows, total } = await fetchCardPage(
    db,
    learner.id,
    filter,
    query.sort,
    PAGE_SIZE,
    (query.page - 1) * PAGE_SIZE,
  );
  return {
    query,
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: rows.map((row) => {
      const buried = row.buriedUntil !== null && new Date(row.buriedUntil) > now;
      return {
        id: Number(row.id),
        kind: row.kind as 'concept' | 'skill',
        ...describeRow(row, locale),
        state: STATE_NAMES[Number(row.state)] ?? 'new',
        due:
          Number(row.state) === State.New
            ? null
            : formatDateTime(new Date(row.due), locale, learner.timezone),
        difficulty: Number(row.state) === State.New ? '—' : Number(row.difficulty).toFixed(1),
        lapses: Number(row.lapses),
        tags: [
          ...(row.leech ? (['leech'] as const) : []),
          ...(row.suspended ? (['suspended'] as const) : []),
          ...(buried ? (['buried'] as const) : []),
        ],
      };
    }),
    concepts: loadConcepts().map((concept) => ({
      slug: concept.slug,
      title: concept.title[locale],
    })),
    topics: TOPICS,
  };
}

function toState(row: CardRow): CardState {
  return {
    due: new Date(row.due),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsedDays),
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    state: Number(row.state),
    lastReview: row.lastReview ? new Date(row.lastReview) : null,
  };
}

/** One card of the learner's, or null when it has no such card (an id no row can have included). */
export async function loadCardPage(cardId: number, locale: Locale, now = new Date()) {
  if (!rowIdSchema.safeParse(cardId).success) return null;
  const { db, learner } = await currentLearner(now);
  const row = await fetchCard(db, learner.id, cardId);
  if (!row) return null;
  const item = resolveItem(row.kind, row.itemId);
  const config = configOf(learner);
  const [reviews, events] = await Promise.all([
    fetchCardReviews(db, learner.id, cardId),
    fetchCardEvents(db, learner.id, cardId),
  ]);
  const card = toState(row);
  const when = (date: Date) => formatDateTime(date, locale, learner.timezone);
  const history = replayHistory(reviews, card, config).map((entry) => ({
    ...entry,
    date: when(entry.reviewedAt),
  }));
  const faces =
    item?.kind === 'concept'
      ? {
          kind: 'concept' as const,
          conceptTitle: item.concept.title[locale],
          conceptSlug: item.concept.slug,
          cloze: item.card.kind === 'cloze',
          frontHtml: renderMarkdown(item.card.front[locale]),
          backHtml: renderMarkdown(item.card.back[locale]),
        }
      : item?.kind === 'skill'
        ? {
            kind: 'skill' as const,
            title: item.generator.title[locale],
            generatorId: item.generator.id,
          }
        : null;
  const buried = row.buriedUntil !== null && new Date(row.buriedUntil) > now;
  return {
    id: Number(row.id),
    faces,
    state: STATE_NAMES[card.state] ?? 'new',
    suspended: Boolean(row.suspended),
    leech: Boolean(row.leech),
    buried,
    due: card.state === State.New ? null : when(card.due),
    stability: card.state === State.New ? null : card.stability,
    difficulty: card.state === State.New ? null : card.difficulty,
    retrievability: card.state === State.New ? null : retrievability(card, now, config),
    reps: card.reps,
    lapses: card.lapses,
    history,
    lastEvent: events.find((event) => event.undoneAt === null) ?? null,
  };
}

export type CardPage = NonNullable<Awaited<ReturnType<typeof loadCardPage>>>;
