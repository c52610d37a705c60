// Shared mode, deleting an account with real Better Auth accounts and sessions: the right password
// removes the account, its sessions, password, sign-in counts, learner and every progress row, and
// nothing of another account; a wrong password, or a statement that fails inside the transaction,
// leaves every row in place.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountLimitKey } from '@/lib/auth/limits';
import { createTempDb, type TempDb } from '../helpers/temp-db';

/** The request the mocked next/headers answers for (server components and actions read it). */
const request = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: () => undefined,
    toString: () => request.headers.get('cookie') ?? '',
  }),
}));

let temp: TempDb;
let lib: {
  signUp: typeof import('@/lib/study/account').signUp;
  signIn: typeof import('@/lib/study/account').signIn;
  deleteAccount: typeof import('@/lib/study/account').deleteAccount;
  sessionUser: typeof import('@/lib/auth/session').sessionUser;
  getAuth: typeof import('@/lib/auth/server').getAuth;
  currentLearner: typeof import('@/lib/study/learner').currentLearner;
  submitRating: typeof import('@/lib/study/rate').submitRating;
  submitAnswer: typeof import('@/lib/study/check').submitAnswer;
  applyCardAction: typeof import('@/lib/study/card-actions').applyCardAction;
  openFit: typeof import('@/lib/db/fits').openFit;
  generatorById: typeof import('@/lib/exercises').generatorById;
};

const now = new Date('2026-11-26T10:00:00Z');
const PASSWORD = 'correct horse battery';
/** An account's row counts once it is gone. */
const NONE = {
  users: 0,
  sessions: 0,
  accounts: 0,
  learners: 0,
  cards: 0,
  reviews: 0,
  attempts: 0,
  days: 0,
  skills: 0,
  events: 0,
  fits: 0,
  signInCounts: 0,
};

interface Studied {
  id: string;
  email: string;
  /** A request of the account's second session (the first came with signing up). */
  headers: Headers;
}

function requestHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({ host: '127.0.0.1:3000', 'x-forwarded-for': '203.0.113.7', ...extra });
}

/**
 * Signs an account up, signs it in a second time (a second session, whose cookie the requests
 * carry), fails one sign-in (a sign-in count), then studies: a rating, a checked answer, a
 * suspended card and a parameter fit.
 */
async function studiedAccount(email: string): Promise<Studied> {
  expect(await lib.signUp({ email, password: PASSWORD }, requestHeaders())).toEqual({ ok: true });
  expect((await lib.signIn({ email, password: 'not the password' }, requestHeaders())).ok).toBe(
    false,
  );
  const auth = await lib.getAuth(false);
  const signedIn = await auth.api.signInEmail({
    body: { email, password: PASSWORD },
    headers: requestHeaders(),
    returnHeaders: true,
  });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const headers = requestHeaders({ cookie });
  const name = email.split('@')[0];
  request.headers = headers;
  try {
    const { db, learner } = await lib.currentLearner(now);
    const [card, other] = await db.card.findMany({
      where: { learnerId: learner.id, kind: 'concept' },
      orderBy: { position: 'asc' },
      take: 2,
    });
    if (!card || !other) throw new Error('the learner has fewer than two concept cards');
    const rated = await lib.submitRating(
      { submissionId: `${name}-rating-1`, cardId: card.id, rating: 3, expectedReps: 0 },
      now,
    );
    expect(rated.ok).toBe(true);
    const relu = lib.generatorById('relu');
    if (!relu) throw new Error('no relu generator');
    const exercise = relu.generate(7, 1);
    const checked = await lib.submitAnswer(
      {
        submissionId: `${name}-answer-1`,
        generatorId: 'relu',
        seed: 7,
        level: 1,
        input: exercise.answer.display,
      },
      'en',
      now,
    );
    expect(checked.ok && checked.stored).toBe(true);
    expect((await lib.applyCardAction({ cardId: other.id, action: 'suspend' }, now)).ok).toBe(true);
    await lib.openFit(db, learner.id, 'manual', 1, now, now);
    if (!learner.userId) throw new Error('the learner belongs to no account');
    return { id: learner.userId, email, headers };
  } finally {
    request.headers = new Headers();
  }
}

/** How many rows of each table belong to an account (by its id, its learner, its sign-in key). */
async function rowsOf(account: Studied) {
  const db = temp.db;
  const byLearner = { where: { learner: { userId: account.id } } };
  const counting = {
    users: db.user.count({ where: { id: account.id } }),
    sessions: db.session.count({ where: { userId: account.id } }),
    accounts: db.account.count({ where: { userId: account.id } }),
    learners: db.learner.count({ where: { userId: account.id } }),
    cards: db.card.count(byLearner),
    reviews: db.review.count(byLearner),
    attempts: db.attempt.count(byLearner),
    days: db.dailyStat.count(byLearner),
    skills: db.skillStat.count(byLearner),
    events: db.cardEvent.count(byLearner),
    fits: db.parameterFit.count(byLearner),
    signInCounts: db.signInLimit.count({ where: { key: accountLimitKey(account.email) } }),
  };
  const counts = await Promise.all(Object.values(counting));
  const names = Object.keys(counting) as (keyof typeof counting)[];
  return Object.fromEntries(names.map((name, i) => [name, counts[i]])) as Record<
    keyof typeof counting,
    number
  >;
}

/** Makes the database refuse to delete any account row, as a failing last statement would. */
async function refuseUserDeletes(): Promise<void> {
  if (temp.dialect === 'sqlite') {
    await temp.db.$executeRawUnsafe(
      `CREATE TRIGGER "refuse_user_delete" BEFORE DELETE ON "User"
       BEGIN SELECT RAISE(ABORT, 'account rows may not be deleted'); END`,
    );
  } else {
    await temp.db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_user_delete() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'account rows may not be deleted'; END $$`,
    );
    await temp.db.$executeRawUnsafe(
      `CREATE TRIGGER "refuse_user_delete" BEFORE DELETE ON "User"
       FOR EACH ROW EXECUTE FUNCTION refuse_user_delete()`,
    );
  }
}

/** Takes `refuseUserDeletes` back. */
async function allowUserDeletes(): Promise<void> {
  const table = temp.dialect === 'sqlite' ? '' : ' ON "User"';
  await temp.db.$executeRawUnsafe(`DROP TRIGGER "refuse_user_delete"${table}`);
}

let bystander: Studied;
let bystanderRows: Awaited<ReturnType<typeof rowsOf>>;

beforeAll(async () => {
  temp = await createTempDb();
  process.env.DATABASE_URL = temp.url;
  process.env.BACKPROP_MODE = 'shared';
  process.env.AUTH_SECRET = 'a-test-secret-that-is-long-enough-for-shared-mode';
  const [account, session, server, learner, rate, check, cardActions, fits, exercises] =
    await Promise.all([
      import('@/lib/study/account'),
      import('@/lib/auth/session'),
      import('@/lib/auth/server'),
      import('@/lib/study/learner'),
      import('@/lib/study/rate'),
      import('@/lib/study/check'),
      import('@/lib/study/card-actions'),
      import('@/lib/db/fits'),
      import('@/lib/exercises'),
    ]);
  lib = {
    signUp: account.signUp,
    signIn: account.signIn,
    deleteAccount: account.deleteAccount,
    sessionUser: session.sessionUser,
    getAuth: server.getAuth,
    currentLearner: learner.currentLearner,
    submitRating: rate.submitRating,
    submitAnswer: check.submitAnswer,
    applyCardAction: cardActions.applyCardAction,
    openFit: fits.openFit,
    generatorById: exercises.generatorById,
  };
  bystander = await studiedAccount('bystander@example.org');
  bystanderRows = await rowsOf(bystander);
}, 180_000);
afterAll(async () => temp.close());

describe('deleting an account in shared mode', () => {
  it('starts from accounts with rows in every table', async () => {
    expect(bystanderRows).toEqual({
      users: 1,
      sessions: 2,
      accounts: 1,
      learners: 1,
      cards: bystanderRows.cards,
      reviews: 1,
      attempts: 1,
      days: 1,
      skills: 1,
      events: 1,
      fits: 1,
      signInCounts: 1,
    });
    expect(bystanderRows.cards).toBeGreaterThan(1);
  });

  it('with the right password removes the account, its sessions and all its progress', async () => {
    const account = await studiedAccount('leaver@example.org');
    expect((await rowsOf(account)).reviews).toBe(1);
    expect(await lib.sessionUser(account.headers)).toEqual({
      id: account.id,
      email: account.email,
    });

    const outcome = await lib.deleteAccount({ password: PASSWORD }, account.headers);

    expect(outcome).toEqual({ ok: true });
    expect(await rowsOf(account)).toEqual(NONE);
    expect(await lib.sessionUser(account.headers)).toBeNull();
    expect(await rowsOf(bystander)).toEqual(bystanderRows);
  });

  it('with a wrong password answers 403 and deletes nothing', async () => {
    const account = await studiedAccount('keeper@example.org');
    const before = await rowsOf(account);

    const outcome = await lib.deleteAccount({ password: 'not the password' }, account.headers);

    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? 200 : outcome.status).toBe(403);
    expect(await rowsOf(account)).toEqual(before);
    expect(await lib.sessionUser(account.headers)).toEqual({
      id: account.id,
      email: account.email,
    });
    expect(await rowsOf(bystander)).toEqual(bystanderRows);
  });

  it("is not done by the library's own endpoint, which is off", async () => {
    const account = await studiedAccount('bypass@example.org');
    const before = await rowsOf(account);
    const auth = await lib.getAuth(false);

    await expect(
      auth.api.deleteUser({ body: { password: PASSWORD }, headers: account.headers }),
    ).rejects.toThrow();

    expect(await rowsOf(account)).toEqual(before);
  });

  it('leaves the account and all its progress when a statement in the transaction fails', async () => {
    const account = await studiedAccount('unlucky@example.org');
    const before = await rowsOf(account);

    await refuseUserDeletes();
    try {
      // SQLite's adapter reports the trigger's abort as a constraint failure, PostgreSQL's as the
      // exception it raised: either way the request fails.
      await expect(lib.deleteAccount({ password: PASSWORD }, account.headers)).rejects.toThrow();
    } finally {
      await allowUserDeletes();
    }

    expect(await rowsOf(account)).toEqual(before);
    expect(await lib.sessionUser(account.headers)).toEqual({
      id: account.id,
      email: account.email,
    });
    // Once the database allows it, the same request deletes everything.
    expect(await lib.deleteAccount({ password: PASSWORD }, account.headers)).toEqual({ ok: true });
    expect(await rowsOf(account)).toEqual(NONE);
    expect(await rowsOf(bystander)).toEqual(bystanderRows);
  });
});
