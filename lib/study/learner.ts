// The current learner for a request: the local learner, with a card row for every study item.
import { cardSuccessors } from '../content';
import { syncCards } from '../db/cards';
import { type Db, getDb } from '../db/client';
import { ensureLocalLearner, type LearnerRow } from '../db/learner';
import { studyItems } from '../srs/catalog';

/** The database and the learner every page and action works with. */
export async function currentLearner(now = new Date()): Promise<{ db: Db; learner: LearnerRow }> {
  const db = await getDb();
  const learner = await ensureLocalLearner(db);
  await syncCards(db, learner.id, studyItems(), now, cardSuccessors());
  return { db, learner };
}
