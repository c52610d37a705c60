// Rating requests for autocannon, through the JSON route or the review screen's server action:
// each request takes a card no other request is rating and sends that card's current `reps`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type autocannon from 'autocannon';
import Database from 'better-sqlite3';

interface RatingBody {
  submissionId: string;
  cardId: number;
  rating: 3;
  expectedReps: number;
}

interface Route {
  path: string;
  headers: Record<string, string>;
  encode(body: RatingBody): string;
  /** Whether the answer says the rating was stored (the action answers 200 with a refusal too). */
  stored(status: number, body: string): boolean;
}

/** The id Next gave a server action in this build, from the build's server reference manifest. */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${filename} in this build`);
  return found[0];
}

/** The headers a browser sends with a server action posted from `page`. */
export function actionHeaders(id: string, origin: string, page: string): Record<string, string> {
  const segment = page.replace(/^\//, '');
  const tree = [
    '',
    { children: [segment, { children: ['__PAGE__', {}, null, null, 0] }, null, null, 0] },
    null,
    null,
    16,
  ];
  return {
    'next-action': id,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
    origin,
    'next-router-state-tree': encodeURIComponent(JSON.stringify(tree)),
  };
}

/** The benchmark's no-op server action (`app/bench-noop`), posted as the no-op page's button does. */
export function noopActionRequest(origin: string): autocannon.Request {
  return {
    method: 'POST',
    path: '/bench-noop',
    headers: actionHeaders(
      actionId('app/bench-noop/actions.ts', 'noopAction'),
      origin,
      '/bench-noop',
    ),
    body: '[{}]',
  };
}

export const jsonRoute: Route = {
  path: '/api/reviews',
  headers: { 'content-type': 'application/json' },
  encode: (body) => JSON.stringify(body),
  stored: (status) => status === 200,
};

/** The learner's own path: the review screen's rating action, answered with the next card's page. */
export function reviewAction(origin: string): Route {
  return {
    path: '/review',
    headers: actionHeaders(actionId('app/review/actions.ts', 'rateAction'), origin, '/review'),
    encode: (body) => JSON.stringify([{ ...body, durationMs: 4000 }]),
    stored: (status, body) => status === 200 && body.includes('"ok":true'),
  };
}

export interface RatingLoad {
  requests: autocannon.Request[];
  /** Ratings answered 2xx but not stored (the action answers a refusal with 200): errors autocannon does not see. */
  refused(): number;
}

/** A card to rate and its reps now. */
export interface RatingCard {
  id: number;
  reps: number;
}

/** The cards of a SQLite profile that can be rated. */
function sqliteCards(file: string): RatingCard[] {
  const db = new Database(file, { readonly: true });
  const cards = db
    .prepare('SELECT id, reps FROM Card WHERE suspended = 0 ORDER BY id')
    .all() as RatingCard[];
  db.close();
  return cards;
}

/** Submission ids are unique across every load of this process: a repeated one is stored once, by design. */
let submissions = 0;

/** The cards rating loads take turns on, with each card's reps as the ratings so far leave it. */
export interface CardPool {
  reps: Map<number, number>;
  /** Cards no request holds now, in the order they come free. */
  free: number[];
}

/** A pool of the cards of a SQLite file, or of the cards given (read from another database). */
export function cardPool(source: string | RatingCard[]): CardPool {
  const cards = typeof source === 'string' ? sqliteCards(source) : source;
  return { reps: new Map(cards.map((card) => [card.id, card.reps])), free: cards.map((c) => c.id) };
}

/**
 * Requests rating the cards of a pool (or of a SQLite file or the cards given). A card goes back
 * to the pool only when its answer arrives; one whose answer a run stopped waiting for stays out,
 * since the server may still store it. So one pool serves every run and every route in turn
 * (warm-up included), where one made anew from the database between runs could read a card's reps
 * before the server's last ratings of it land, and be refused again and again.
 */
export function ratingRequests(source: CardPool | string | RatingCard[], route: Route): RatingLoad {
  const { reps, free } =
    typeof source === 'string' || Array.isArray(source) ? cardPool(source) : source;
  let refused = 0;
  const requests: autocannon.Request[] = [
    {
      method: 'POST',
      path: route.path,
      headers: route.headers,
      setupRequest: (request, context) => {
        const cardId = free.shift() as number;
        (context as { cardId?: number }).cardId = cardId;
        const body: RatingBody = {
          submissionId: `bench-${process.pid}-${submissions++}`,
          cardId,
          rating: 3,
          expectedReps: reps.get(cardId) ?? 0,
        };
        return { ...request, body: route.encode(body) };
      },
      onResponse: (status, body, context) => {
        const cardId = (context as { cardId: number }).cardId;
        if (route.stored(status, body)) reps.set(cardId, (reps.get(cardId) ?? 0) + 1);
        else if (status < 300) refused++; // other answers are counted by autocannon already
        free.push(cardId);
      },
    },
  ];
  return { requests, refused: () => refused };
}
