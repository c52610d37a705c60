// The current learner for a request: the local learner, or in shared mode the signed-in account's,
// with a card row for every study item. Never taken from a request's body or URL.
import { redirect } from 'next/navigation';
import { currentSessionUser } from '../auth/session';
import { isSharedMode } from '../auth/settings';
import { cardSuccessors } from '../content';
import { syncCards } from '../db/cards';
import { type Db, getDb } from '../db/client';
import { ensureLocalLearner, type LearnerRow, learnerOfUser } from '../db/learner';
import { studyItems } from '../srs/catalog';

/** The learner of this request: the local one, or the session's account's (else to sign-in). */
async function requestLearner(db: Db): Promise<LearnerRow> {
  if (!isSharedMode()) return ensureLocalLearner(db);
  const user = await currentSessionUser();
  if (!user) redirect('/sign-in');
  return learnerOfUser(db, user.id);
}

/** The database and the learner every page and action works with. */
export async function currentLearner(now = new Date()): Promise<{ db: Db; learner: LearnerRow }> {
  const db = await getDb();
  const learner = await requestLearner(db);
  await syncCards(db, learner.id, studyItems(), now, cardSuccessors());
  return { db, learner };
}
