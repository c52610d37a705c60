// backprop-chain checked part by part: one attempt per exercise shown holds every part, each check merged once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatorById } from '@/lib/exercises';
import { suggestPartsRating } from '@/lib/srs/rating';
import { answersFrom, byHand, type Inputs, matVec } from '../helpers/chain-by-hand';
import { createTempDb, type TempDb } from '../helpers/temp-db';

let temp: TempDb;
let study: {
  submitParts: typeof import('@/lib/study/check').submitParts;
  currentLearner: typeof import('@/lib/study/learner').currentLearner;
};

const exercise = generatorById('backprop-chain')!.generate(7, 2);
const inp = exercise.inputs as unknown as Inputs;
const right = answersFrom(byHand(inp, matVec(inp.W1, inp.x, inp.b1)));
const ref = { generatorId: 'backprop-chain', seed: 7, level: 2 };
const NOW = new Date('2026-11-20T10:00:00Z');

beforeAll(async () => {
  temp = await createTempDb();
  process.env.DATABASE_URL = temp.url;
  const [check, learner] = await Promise.all([
    import('@/lib/study/check'),
    import('@/lib/study/learner'),
  ]);
  study = { submitParts: check.submitParts, currentLearner: learner.currentLearner };
  await study.currentLearner(NOW);
});
afterAll(async () => temp.close());

async function rows() {
  const { db } = await study.currentLearner(NOW);
  const [attempts, skill, day] = await Promise.all([
    db.attempt.findMany({ orderBy: { id: 'asc' } }),
    db.skillStat.findFirst({ where: { generatorId: 'backprop-chain' } }),
    db.dailyStat.findFirst(),
  ]);
  return { attempts, skill, day };
}

async function check(
  attemptId: string,
  submissionId: string,
  answers: Record<string, string>,
  reveal: string[],
) {
  const outcome = await study.submitParts(
    { ...ref, attemptId, submissionId, answers, reveal },
    'en',
    NOW,
  );
  if (!outcome.ok) throw new Error(outcome.error.en);
  return outcome;
}

describe('one exercise checked part by part', () => {
  it('keeps one attempt, every part in it, each part first verdict, and counts the exercise once', async () => {
    const first = await check('exercise-one', 'check-0001', { z1: right.z1 }, ['z1']);
    expect(first.stored).toBe(true);
    expect(first.first).toEqual({ z1: 'correct' });
    let state = await rows();
    expect(state.attempts).toHaveLength(1);
    expect(state.attempts[0]).toMatchObject({ submissionId: 'exercise-one', correct: true });
    expect(state.skill).toMatchObject({ attempts: 1, correct: 1 });
    expect(state.day).toMatchObject({ attempts: 1, correct: 1 });

    // a1 answered wrong, then right: the attempt keeps its latest answer and its first verdict.
    const wrongA1 = await check('exercise-one', 'check-0002', { z1: right.z1, a1: '[9, 9]' }, [
      'a1',
    ]);
    expect(wrongA1.first).toEqual({ z1: 'correct', a1: 'incorrect' });
    const fixed = await check('exercise-one', 'check-0003', { z1: right.z1, a1: right.a1 }, ['a1']);
    expect(fixed.views.a1.status).toBe('correct');
    expect(fixed.first).toEqual({ z1: 'correct', a1: 'incorrect' });

    state = await rows();
    expect(state.attempts).toHaveLength(1);
    expect(state.attempts[0]).toMatchObject({
      correct: false,
      input: `z1: ${right.z1}; a1: ${right.a1}`,
    });
    const parts = JSON.parse(state.attempts[0].parts ?? '[]');
    expect(parts).toEqual([
      { id: 'z1', input: right.z1, status: 'correct', first: 'correct' },
      { id: 'a1', input: right.a1, status: 'correct', first: 'incorrect' },
    ]);
    // The exercise counts once, and no longer as right first time.
    expect(state.skill).toMatchObject({ attempts: 1, correct: 0 });
    expect(state.day).toMatchObject({ attempts: 1, correct: 0 });
    // One part wrong the first time: the review suggests Hard.
    expect(suggestPartsRating(fixed.first)).toBe(2);
  });

  it('merges a repeated check once, even after later checks', async () => {
    const before = await rows();
    const again = await check('exercise-one', 'check-0002', { z1: right.z1, a1: '[9, 9]' }, ['a1']);
    expect(again.stored).toBe(false);
    expect(again.first).toEqual({ z1: 'correct', a1: 'incorrect' });
    expect(await rows()).toEqual(before);
  });

  it('stores only the parts checked, and carries a wrong z1 forward', async () => {
    const wrongZ1 = matVec(inp.W1, inp.x, inp.b1).map((z) => z * 1.3 + 0.1 * Math.sign(z));
    const carried = answersFrom(byHand(inp, wrongZ1));
    // Every box filled, only z1 and a1 checked: the other answers are not stored.
    const outcome = await check('exercise-two', 'check-0004', carried, ['z1', 'a1']);
    expect(outcome.first).toEqual({ z1: 'incorrect', a1: 'carried' });
    const all = await check('exercise-two', 'check-0005', carried, Object.keys(carried));
    expect(Object.keys(all.first)).toEqual(exercise.parts?.map((p) => p.id));
    expect(Object.values(all.first).filter((v) => v === 'incorrect')).toHaveLength(1);
    expect(suggestPartsRating(all.first)).toBe(2);

    const state = await rows();
    expect(state.attempts).toHaveLength(2);
    const stored = JSON.parse(state.attempts[1].parts ?? '[]');
    expect(stored).toHaveLength(10);
    expect(stored.slice(1).every((p: { carriedForward?: boolean }) => p.carriedForward)).toBe(true);
    expect(state.skill).toMatchObject({ attempts: 2, correct: 0 });
  });

  it('refuses an attempt id that names another exercise, and changes nothing', async () => {
    const before = await rows();
    const outcome = await study.submitParts(
      {
        ...ref,
        seed: 8,
        attemptId: 'exercise-one',
        submissionId: 'check-0006',
        answers: { z1: '[1, 1]' },
        reveal: ['z1'],
      },
      'en',
      NOW,
    );
    expect(outcome).toMatchObject({ ok: false, status: 409 });
    expect(await rows()).toEqual(before);
  });
});
