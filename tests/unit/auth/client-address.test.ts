// The client's address: the connection's peer unless proxies are trusted, never what a client wrote itself.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  trustedProxiesSetting,
  withClientAddress,
} from '@/lib/auth/client-address.mjs';

describe('clientAddress', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(undefined, '198.51.100.7', 0)).toBe('198.51.100.7');
    expect(clientAddress('203.0.113.1', '198.51.100.7', 0)).toBe('198.51.100.7');
    expect(clientAddress('1.1.1.1, 2.2.2.2', '198.51.100.7', 0)).toBe('198.51.100.7');
  });

  it('is what the outermost trusted proxy received the request from', () => {
    // Client 203.0.113.9 → proxy A (10.0.0.2) → proxy B (10.0.0.3) → app; A and B each append.
    const chain = '203.0.113.9, 10.0.0.2';
    expect(clientAddress(chain, '10.0.0.3', 1)).toBe('10.0.0.2');
    expect(clientAddress(chain, '10.0.0.3', 2)).toBe('203.0.113.9');
    // A client's own entries stay to the left of what the trusted proxies appended.
    expect(clientAddress('6.6.6.6, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9');
  });

  it('takes the leftmost entry when fewer hops are listed than proxies trusted', () => {
    expect(clientAddress('203.0.113.9', '10.0.0.2', 5)).toBe('203.0.113.9');
    expect(clientAddress(undefined, '10.0.0.2', 3)).toBe('10.0.0.2');
  });

  it('reads repeated headers and blank entries, and writes IPv4 in its usual form', () => {
    expect(clientAddress(['203.0.113.9', ' , 10.0.0.2'], '::1', 1)).toBe('10.0.0.2');
    expect(clientAddress(undefined, '::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
    expect(clientAddress(undefined, '::1', 0)).toBe('::1');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });
});

describe('withClientAddress', () => {
  it('replaces any address header a client sent with the one it worked out', () => {
    const seen: (string | string[] | undefined)[] = [];
    const handle = withClientAddress((req: IncomingMessage) => {
      seen.push(req.headers[CLIENT_ADDRESS_HEADER]);
    }, 0);
    const req = {
      headers: { 'x-forwarded-for': '203.0.113.1', [CLIENT_ADDRESS_HEADER]: '203.0.113.1' },
      socket: { remoteAddress: '198.51.100.7' },
    } as unknown as IncomingMessage;
    handle(req, undefined);
    expect(seen).toEqual(['198.51.100.7']);
  });
});

describe('trustedProxiesSetting', () => {
  it('is 0 when unset and accepts whole numbers from 0 to 10', () => {
    expect(trustedProxiesSetting(undefined)).toEqual({ ok: true, trustedProxies: 0 });
    expect(trustedProxiesSetting(' ')).toEqual({ ok: true, trustedProxies: 0 });
    expect(trustedProxiesSetting('1')).toEqual({ ok: true, trustedProxies: 1 });
    expect(trustedProxiesSetting('10')).toEqual({ ok: true, trustedProxies: 10 });
  });

  it('refuses anything else, naming the setting and the value', () => {
    for (const value of ['-1', '11', '1.5', 'yes', 'true']) {
      const setting = trustedProxiesSetting(value);
      expect(setting.ok).toBe(false);
      if (!setting.ok) {
        expect(setting.message).toContain('BACKPROP_TRUSTED_PROXIES');
        expect(setting.message).toContain(`"${value}"`);
      }
    }
  });
});
