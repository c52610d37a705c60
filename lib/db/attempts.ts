// Writes of checked answers: the attempt and the skill's and day's counters, in one transaction, once.
import { studyDay } from '../srs/day';
import type { Db } from './client';
import { isUniqueViolation } from './errors';
import type { LearnerRow } from './learner';
import { writeTransaction } from './transaction';

export interface AttemptRecord {
  submissionId: string;
  generatorId: string;
  topic: string;
  seed: number;
  level: number;
  input: string;
  correct: boolean;
  diagnosis?: string;
  /** A multi-part exercise: every answered part's input and verdict, as JSON. */
  parts?: string;
}

/** Stores a checked answer; a repeated submission is stored once. Returns false for a repeat. */
export async function recordAttempt(
  db: Db,
  learner: LearnerRow,
  attempt: AttemptRecord,
  now: Date,
): Promise<boolean> {
  const day = studyDay(now, learner.timezone, learner.dayStartHour);
  const correct = attempt.correct ? 1 : 0;
  try {
    await writeTransaction(
      db,
      async (tx) => {
        await tx.attempt.create({
          data: { ...attempt, learnerId: learner.id, createdAt: now, day },
        });
        await tx.skillStat.upsert({
          where: {
            learnerId_generatorId: { learnerId: learner.id, generatorId: attempt.generatorId },
          },
          create: {
            learnerId: learner.id,
            generatorId: attempt.generatorId,
            topic: attempt.topic,
            attempts: 1,
            correct,
          },
          update: { attempts: { increment: 1 }, correct: { increment: correct } },
        });
        await tx.dailyStat.upsert({
          where: { learnerId_day: { learnerId: learner.id, day } },
          create: { learnerId: learner.id, day, attempts: 1, correct },
          update: { attempts: { increment: 1 }, correct: { increment: correct } },
        });
      },
      { learnerId: learner.id },
    );
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
