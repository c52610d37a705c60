// Shared mode's open paths, where sign-in returns to, and which keys a sign-in attempt counts against.
import { describe, expect, it } from 'vitest';
import { isPublicPath, safeNextPath } from '@/lib/auth/gate';
import { limitKeys, overLimit, requestAddress } from '@/lib/auth/limits';

describe('isPublicPath', () => {
  it('opens signing in and up and the health check, and nothing else', () => {
    for (const path of ['/sign-in', '/sign-up', '/sign-in/', '/api/health', '/api/auth/sign-in']) {
      expect([path, isPublicPath(path)]).toEqual([path, true]);
    }
    for (const path of [
      '/',
      '/review',
      '/api/export',
      '/api/reviews',
      '/api/auth/sign-out',
      '/account',
    ]) {
      expect([path, isPublicPath(path)]).toEqual([path, false]);
    }
  });
});

describe('safeNextPath', () => {
  it('returns to a path of the app and never to another site', () => {
    expect(safeNextPath('/review')).toBe('/review');
    expect(safeNextPath('/practice/mse?seed=3&level=1')).toBe('/practice/mse?seed=3&level=1');
    expect(safeNextPath('/cards?q=%EC%8B%9C%EA%B7%B8')).toBe('/cards?q=%EC%8B%9C%EA%B7%B8');
    for (const value of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      // Browsers drop a tab or newline inside a URL and read '\\' as '/': each of these is //evil.example.
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '/\t\\evil.example',
      'review',
      null,
      3,
    ]) {
      expect(safeNextPath(value)).toBe('/');
    }
  });
});

describe('sign-in limits', () => {
  it('counts an attempt against the e-mail (whatever its case) and the nearest recorded address', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' });
    expect(limitKeys(' Ada@Example.org ', headers)).toEqual([
      'account:ada@example.org',
      'address:10.0.0.2',
    ]);
    expect(requestAddress(new Headers())).toBe('unknown');
  });

  it('takes the address the server worked out over anything X-Forwarded-For claims', () => {
    const headers = new Headers({
      'x-forwarded-for': '203.0.113.9',
      'x-backprop-client-address': '198.51.100.7',
    });
    expect(requestAddress(headers)).toBe('198.51.100.7');
  });

  it('stops the sixth attempt at an account and the 51st from an address', () => {
    expect(overLimit([5, 50])).toBe(false);
    expect(overLimit([6, 1])).toBe(true);
    expect(overLimit([1, 51])).toBe(true);
  });
});
