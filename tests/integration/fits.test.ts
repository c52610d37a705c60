// Parameter fits shared by several app servers: a running fit is known by its heartbeat in the
// database, not by the memory of the process that started it, so another server neither interrupts
// a live fit nor waits on one whose process stopped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureLocalLearner, type LearnerRow } from '@/lib/db/learner';
import { FIT_STALE_AFTER_MS, startFit } from '@/lib/study/optimize';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const now = new Date('2026-03-02T09:00:00Z');
let temp: TempDb;
let learner: LearnerRow;

beforeEach(async () => {
  temp = await createTempDb();
  learner = await ensureLocalLearner(temp.db);
});
afterEach(async () => temp.close());

/** A fit another app server started, with its last heartbeat `ago` milliseconds before now. */
function runningElsewhere(ago: number) {
  return temp.db.parameterFit.create({
    data: {
      learnerId: learner.id,
      trigger: 'auto',
      status: 'running',
      startedAt: new Date(now.getTime() - ago - 1000),
      heartbeatAt: new Date(now.getTime() - ago),
    },
  });
}

describe('a fit started while another server runs one', () => {
  it('joins the live fit instead of starting a second', async () => {
    const live = await runningElsewhere(5_000);
    const { fitId } = await startFit(temp.db, learner, 'manual', now);
    expect(fitId).toBe(live.id);
    const fits = await temp.db.parameterFit.findMany();
    expect(fits.map((fit) => [fit.id, fit.status])).toEqual([[live.id, 'running']]);
  });

  it('marks a fit whose heartbeat stopped as interrupted and starts its own', async () => {
    const gone = await runningElsewhere(FIT_STALE_AFTER_MS + 1_000);
    const { fitId, done } = await startFit(temp.db, learner, 'manual', now);
    expect(fitId).not.toBe(gone.id);
    await done;
    const old = await temp.db.parameterFit.findUniqueOrThrow({ where: { id: gone.id } });
    expect([old.status, old.error]).toEqual(['failed', 'interrupted']);
    // The new fit ran here: a new learner has too little history, and it says so.
    const own = await temp.db.parameterFit.findUniqueOrThrow({ where: { id: fitId } });
    expect([own.status, own.error]).toEqual(['failed', 'not-enough-history']);
    expect(own.heartbeatAt?.toISOString()).toBe(now.toISOString());
  });
});
