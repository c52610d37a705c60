// The request queue: requests start in the order they arrived, never more than allowed at once, and overload is refused.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { concurrencySetting, requestQueue } from '@/scripts/request-queue.mjs';

/** A request and its response as the queue sees them: ending a response closes it a tick later. */
function exchange(name: string) {
  const req = Object.assign(new EventEmitter(), { name, destroyed: false });
  const emitter = new EventEmitter();
  const res = Object.assign(emitter, {
    destroyed: false,
    headersSent: false,
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: '',
    writeHead(status: number, headers: Record<string, string>) {
      res.statusCode = status;
      res.headers = headers;
      res.headersSent = true;
      return res;
    },
    end(body = '') {
      res.body = body;
      res.headersSent = true;
      setImmediate(() => emitter.emit('close'));
    },
  });
  return {
    req: req as unknown as IncomingMessage,
    res: res as unknown as ServerResponse & typeof res,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A handler that records which requests it started and leaves each open until told to answer it. */
function heldHandler() {
  const started: string[] = [];
  const open = new Map<string, ServerResponse>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const name = (req as unknown as { name: string }).name;
    started.push(name);
    open.set(name, res);
  };
  const answer = async (name: string) => {
    open.get(name)?.end('ok');
    open.delete(name);
    await tick();
    await tick();
  };
  return { started, handle, answer };
}

describe('requestQueue', () => {
  it('handles at most `concurrency` requests at once and starts the others first come, first served', async () => {
    const { started, handle, answer } = heldHandler();
    const admit = requestQueue(handle, { concurrency: 2 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      const { req, res } = exchange(name);
      admit(req, res);
    }
    await tick();
    expect(started).toEqual(['a', 'b']);
    await answer('b');
    expect(started).toEqual(['a', 'b', 'c']);
    await answer('a');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    const late = exchange('f');
    admit(late.req, late.res);
    await answer('d');
    await answer('c');
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('drops a waiting request whose client has gone', async () => {
    const { started, handle, answer } = heldHandler();
    const admit = requestQueue(handle, { concurrency: 1 });
    const first = exchange('first');
    const gone = exchange('gone');
    const last = exchange('last');
    for (const { req, res } of [first, gone, last]) admit(req, res);
    (gone.req as unknown as { destroyed: boolean }).destroyed = true;
    await tick();
    await answer('first');
    expect(started).toEqual(['first', 'last']);
  });

  it('answers 503 with Retry-After when too many are waiting, and never calls the handler for it', async () => {
    const { started, handle } = heldHandler();
    const admit = requestQueue(handle, { concurrency: 1, maxWaiting: 2 });
    const exchanges = ['a', 'b', 'c', 'd'].map(exchange);
    for (const { req, res } of exchanges) admit(req, res);
    await tick();
    expect(started).toEqual(['a']);
    const refused = exchanges[3].res;
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['Retry-After']).toBe('1');
    expect(refused.body).toMatch(/try again/);
    expect(exchanges[1].res.statusCode).toBe(200);
  });

  it('answers 500 when the handler throws and frees its place for the next request', async () => {
    const errors: unknown[] = [];
    const started: string[] = [];
    const admit = requestQueue(
      (req) => {
        const name = (req as unknown as { name: string }).name;
        started.push(name);
        if (name === 'broken') throw new Error('handler failed');
      },
      { concurrency: 1, onError: (error) => errors.push(error) },
    );
    const broken = exchange('broken');
    const next = exchange('next');
    admit(broken.req, broken.res);
    admit(next.req, next.res);
    await tick();
    await tick();
    await tick();
    expect(broken.res.statusCode).toBe(500);
    expect(errors).toHaveLength(1);
    expect(started).toEqual(['broken', 'next']);
  });
});

describe('concurrencySetting', () => {
  it('defaults to 4 when BACKPROP_CONCURRENCY is unset or blank', () => {
    expect(concurrencySetting(undefined)).toEqual({ ok: true, concurrency: 4 });
    expect(concurrencySetting(' ')).toEqual({ ok: true, concurrency: 4 });
  });

  it('accepts whole numbers from 1 to 256', () => {
    expect(concurrencySetting('1')).toEqual({ ok: true, concurrency: 1 });
    expect(concurrencySetting(' 16 ')).toEqual({ ok: true, concurrency: 16 });
    expect(concurrencySetting('256')).toEqual({ ok: true, concurrency: 256 });
  });

  it.each(['0', '257', '1.5', 'four', '-2'])(
    'refuses %s with a message naming the setting',
    (value) => {
      const result = concurrencySetting(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('BACKPROP_CONCURRENCY');
    },
  );
});
