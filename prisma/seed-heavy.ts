// Fills the database named by DATABASE_URL with a heavy learner's history, for benchmarks:
//   npm run seed:heavy -- --cards 20000 --reviews 1000000 [--attempts 100000] [--years 3]
// Every card's history is simulated with FSRS: the learner's memory follows known, non-default
// parameters (STRONG_LEARNER_PARAMETERS), so fitting them beats the defaults; the app schedules with
// the defaults. Written with better-sqlite3 in batches inside transactions; replaces the local learner's progress.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { sqliteTimestamp } from '../lib/db/sqlite-time';
import { databaseUrl } from '../lib/db/url.mjs';
import { generators } from '../lib/exercises';
import { mulberry32 } from '../lib/exercises/random';
import { studyItems } from '../lib/srs/catalog';
import { studyDay } from '../lib/srs/day';
import {
  type CardState,
  type Grade,
  newCardState,
  Rating,
  rateCard,
  retrievability,
} from '../lib/srs/scheduler';
import { STRONG_LEARNER_PARAMETERS } from '../lib/srs/simulate';
import { ProgressTally } from '../lib/srs/tally';

/** The memory the simulated learner really has. */
const TRUTH = { parameters: STRONG_LEARNER_PARAMETERS, desiredRetention: 0.9 };

interface Options {
  cards: number;
  reviews: number;
  attempts: number;
  years: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`--${name} needs a whole number ≥ 0, got ${argv[i + 1]}`);
    return n;
  };
  const cards = value('cards', 20_000);
  const reviews = value('reviews', 1_000_000);
  return {
    cards,
    reviews,
    attempts: value('attempts', Math.round(reviews / 10)),
    years: value('years', 3),
  };
}

const DAY_MS = 86_400_000;

function main() {
  const options = parseOptions(process.argv.slice(2));
  const url = databaseUrl();
  const migrated = spawnSync('node', ['scripts/migrate.mjs'], {
    stdio: 'inherit',
    env: process.env,
  });
  if (migrated.status !== 0) process.exit(1);
  const file = url.replace(/^file:/, '');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const started = Date.now();
  const rand = mulberry32(20260301);
  const now = new Date();
  const span = options.years * 365 * DAY_MS;

  db.prepare(
    'INSERT INTO Learner (name, createdAt) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM Learner)',
  ).run('local', sqliteTimestamp(now));
  const learner = db.prepare('SELECT * FROM Learner ORDER BY id LIMIT 1').get() as {
    id: number;
    timezone: string;
    dayStartHour: number;
  };
  const wipe = db.transaction(() => {
    for (const table of ['Review', 'Attempt', 'DailyStat', 'SkillStat', 'Card']) {
      db.prepare(`DELETE FROM ${table} WHERE learnerId = ?`).run(learner.id);
    }
  });
  wipe();

  const items = studyItems();
  const tally = new ProgressTally();

  const insertCard =
    db.prepare(`INSERT INTO Card (learnerId, kind, itemId, topic, position, suspended, due, stability, difficulty,
    elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, createdAt)
    VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertReview =
    db.prepare(`INSERT INTO Review (submissionId, learnerId, cardId, rating, state, due, stability, difficulty,
    elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview, reviewedAt, day, durationMs)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  // Share the reviews among the cards: about one card in ten is still new, the rest get a share each.
  const studied = Math.max(1, Math.round(options.cards * 0.9));
  const recent = Math.min(Math.round(options.cards * 0.02), options.reviews);
  let reviewsLeft = options.reviews - recent;
  let written = 0;
  const BATCH_CARDS = 500;
  for (let first = 0; first < options.cards; first += BATCH_CARDS) {
    db.transaction(() => {
      for (let i = first; i < Math.min(options.cards, first + BATCH_CARDS); i++) {
        const item = items[i % items.length];
        const copy = Math.floor(i / items.length);
        const itemId = copy === 0 ? item.itemId : `${item.itemId}#${copy}`;
        // The last few studied cards were introduced today and are still in their learning steps.
        const fresh = i >= studied - recent && i < studied;
        const cardsLeft = studied - recent - i;
        const budget = fresh
          ? 1
          : i < studied
            ? Math.round(reviewsLeft / Math.max(1, cardsLeft))
            : 0;
        reviewsLeft -= budget;
        const introduced = fresh
          ? new Date(now.getTime() - 3_600_000 * (1 + 4 * rand()))
          : new Date(now.getTime() - span * (0.05 + 0.95 * rand()));
        let card: CardState = newCardState(introduced);
        let memory: CardState = newCardState(introduced);
        const history: ReturnType<typeof rateCard>['log'][] = [];
        for (let r = 0; r < budget; r++) {
          // Reviews spread over the card's life, denser at first, as spaced repetition does.
          const t =
            introduced.getTime() +
            (now.getTime() - introduced.getTime()) * ((r + 1) / (budget + 1)) ** 1.5;
          const at = new Date(Math.max(t, (card.lastReview?.getTime() ?? 0) + 60_000));
          // Recall as the learner's true parameters predict it.
          const recall = memory.state === 0 ? 0.85 : retrievability(memory, at, TRUTH);
          const grade: Grade =
            rand() > recall
              ? Rating.Again
              : ([Rating.Hard, Rating.Good, Rating.Good, Rating.Good, Rating.Easy][
                  Math.floor(rand() * 5)
                ] as Grade);
          const result = rateCard(card, grade, at);
          memory = rateCard(memory, grade, at, TRUTH).card;
          history.push(result.log);
          card = result.card;
        }
        const { lastInsertRowid } = insertCard.run(
          learner.id,
          item.kind,
          itemId,
          item.topic,
          item.position + copy * 100_000,
          sqliteTimestamp(card.due),
          card.stability,
          card.difficulty,
          card.elapsedDays,
          card.scheduledDays,
          card.learningSteps,
          card.reps,
          card.lapses,
          card.state,
          card.lastReview ? sqliteTimestamp(card.lastReview) : null,
          sqliteTimestamp(introduced),
        );
        for (const log of history) {
          const day = studyDay(log.reviewedAt, learner.timezone, learner.dayStartHour);
          insertReview.run(
            `heavy-${i}-${log.reps}`,
            learner.id,
            lastInsertRowid,
            log.rating,
            log.state,
            sqliteTimestamp(log.due),
            log.stability,
            log.difficulty,
            log.elapsedDays,
            log.lastElapsedDays,
            log.scheduledDays,
            log.learningSteps,
            log.reps,
            log.lapses,
            log.lastReview ? sqliteTimestamp(log.lastReview) : null,
            sqliteTimestamp(log.reviewedAt),
            day,
            3000 + Math.floor(rand() * 12_000),
          );
          tally.addReview(day, log.state, log.rating);
          written += 1;
        }
      }
    })();
  }

  const insertAttempt =
    db.prepare(`INSERT INTO Attempt (submissionId, learnerId, generatorId, topic, seed, level, input, correct, diagnosis, createdAt, day)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`);
  const BATCH_ATTEMPTS = 20_000;
  for (let first = 0; first < options.attempts; first += BATCH_ATTEMPTS) {
    db.transaction(() => {
      for (let i = first; i < Math.min(options.attempts, first + BATCH_ATTEMPTS); i++) {
        const generator = generators[Math.floor(rand() * generators.length)];
        const at = new Date(now.getTime() - span * rand());
        const correct = rand() < 0.75;
        const day = studyDay(at, learner.timezone, learner.dayStartHour);
        insertAttempt.run(
          `heavy-attempt-${i}`,
          learner.id,
          generator.id,
          generator.topic,
          Math.floor(rand() * 1e6),
          1 + Math.floor(rand() * 3),
          '0.5',
          correct ? 1 : 0,
          sqliteTimestamp(at),
          day,
        );
        tally.addAttempt(day, generator.id, generator.topic, correct);
      }
    })();
  }

  db.transaction(() => {
    const insertDay =
      db.prepare(`INSERT INTO DailyStat (learnerId, day, reviews, newCards, matureReviews, matureRecalled, attempts, correct)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const row of tally.days.values()) {
      insertDay.run(
        learner.id,
        row.day,
        row.reviews,
        row.newCards,
        row.matureReviews,
        row.matureRecalled,
        row.attempts,
        row.correct,
      );
    }
    const insertSkill = db.prepare(
      'INSERT INTO SkillStat (learnerId, generatorId, topic, attempts, correct) VALUES (?, ?, ?, ?, ?)',
    );
    for (const skill of tally.skills.values()) {
      insertSkill.run(learner.id, skill.generatorId, skill.topic, skill.attempts, skill.correct);
    }
  })();
  db.pragma('optimize');
  db.close();
  const states = `${options.cards} cards, ${written} reviews, ${options.attempts} attempts`;
  console.log(`Seeded ${url}: ${states} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main();
