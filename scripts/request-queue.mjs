// Admits HTTP requests first come, first served, a few at a time, so that under load no request waits behind many that came later.

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(req: Request, res: Response) => unknown} Handler
 */

/** Requests handled at once unless BACKPROP_CONCURRENCY says otherwise. */
export const DEFAULT_CONCURRENCY = 4;
/** Requests that may wait for their turn; past this a request is answered 503 at once. */
export const DEFAULT_MAX_WAITING = 1000;

/**
 * Requests handled at once, from BACKPROP_CONCURRENCY (a whole number from 1 to 256), or the
 * one-line reason it is refused.
 * @param {string | undefined} value
 * @returns {{ ok: true, concurrency: number } | { ok: false, message: string }}
 */
export function concurrencySetting(value) {
  const text = value?.trim() ?? '';
  if (text === '') return { ok: true, concurrency: DEFAULT_CONCURRENCY };
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1 && n <= 256) return { ok: true, concurrency: n };
  return {
    ok: false,
    message: `BACKPROP_CONCURRENCY must be a whole number from 1 to 256 (requests handled at once), got "${text}".`,
  };
}

/**
 * A queue in front of `handle`: at most `concurrency` requests are being handled at any time and
 * the rest wait in the order they arrived. Node alone hands a saturated event loop's sockets over
 * unevenly (some wait seconds while others are served many times); taking every arrival into one
 * line first keeps the slowest answers close to the typical one. A request whose client has gone
 * while it waited is dropped; one that finds `maxWaiting` requests already waiting gets 503.
 * @param {Handler} handle
 * @param {{ concurrency?: number, maxWaiting?: number, onError?: (error: unknown) => void }} [options]
 * @returns {(req: Request, res: Response) => void}
 */
export function requestQueue(handle, options = {}) {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const maxWaiting = options.maxWaiting ?? DEFAULT_MAX_WAITING;
  const onError = options.onError ?? ((error) => console.error(error));
  /** @type {({ req: Request, res: Response } | undefined)[]} */
  let waiting = [];
  let head = 0;
  let running = 0;

  const waitingCount = () => waiting.length - head;

  function takeNext() {
    const next = waiting[head];
    waiting[head++] = undefined;
    if (head === waiting.length) {
      waiting = [];
      head = 0;
    }
    return next;
  }

  function startWaiting() {
    while (running < concurrency && waitingCount() > 0) {
      const next = takeNext();
      if (next && !next.res.destroyed && !next.req.destroyed) start(next.req, next.res);
    }
  }

  /** @param {Request} req @param {Response} res */
  function start(req, res) {
    running++;
    let finished = false;
    res.once('close', () => {
      if (finished) return;
      finished = true;
      running--;
      startWaiting();
    });
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((error) => {
        onError(error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end();
        } else res.destroy();
      });
  }

  return (req, res) => {
    if (running < concurrency && waitingCount() === 0) {
      start(req, res);
      return;
    }
    if (waitingCount() >= maxWaiting) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
      res.end('Too many requests are waiting; try again in a moment.\n');
      return;
    }
    waiting.push({ req, res });
  };
}
