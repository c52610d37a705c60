// Per-day and per-skill counters rebuilt from a whole history (an import, a generated profile),
// counted exactly as each live rating and answer counts them.
import { dailyCounts } from './rating';

export interface DayTotals {
  day: string;
  reviews: number;
  newCards: number;
  matureReviews: number;
  matureRecalled: number;
  attempts: number;
  correct: number;
}

export interface SkillTotals {
  generatorId: string;
  topic: string;
  attempts: number;
  correct: number;
}

export class ProgressTally {
  readonly days = new Map<string, DayTotals>();
  readonly skills = new Map<string, SkillTotals>();

  private day(day: string): DayTotals {
    let row = this.days.get(day);
    if (!row) {
      row = {
        day,
        reviews: 0,
        newCards: 0,
        matureReviews: 0,
        matureRecalled: 0,
        attempts: 0,
        correct: 0,
      };
      this.days.set(day, row);
    }
    return row;
  }

  /** Counts one rating of a card that was in `stateBefore`. */
  addReview(day: string, stateBefore: number, rating: number): void {
    const row = this.day(day);
    const counts = dailyCounts(stateBefore, rating);
    row.reviews += counts.reviews;
    row.newCards += counts.newCards;
    row.matureReviews += counts.matureReviews;
    row.matureRecalled += counts.matureRecalled;
  }

  /** Counts one checked answer. */
  addAttempt(day: string, generatorId: string, topic: string, correct: boolean): void {
    const row = this.day(day);
    row.attempts += 1;
    row.correct += correct ? 1 : 0;
    const skill = this.skills.get(generatorId) ?? { generatorId, topic, attempts: 0, correct: 0 };
    skill.attempts += 1;
    skill.correct += correct ? 1 : 0;
    this.skills.set(generatorId, skill);
  }
}
