// Shared mode without a session: the proxy's refusal of a page's form post is in the learner's language.
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', () => ({ sessionUser: async () => null }));

const { proxy } = await import('@/proxy');

function post(path: string, headers: Record<string, string>): NextRequest {
  return new NextRequest(new URL(path, 'http://study.example.org'), { method: 'POST', headers });
}

describe('the proxy in shared mode without a session', () => {
  beforeEach(() => {
    vi.stubEnv('BACKPROP_MODE', 'shared');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses a form post with 401 in the language of the locale cookie', async () => {
    const ko = await proxy(post('/practice/sigmoid', { cookie: 'locale=ko' }));
    expect(ko.status).toBe(401);
    expect(await ko.text()).toBe('먼저 로그인하세요.');
    const en = await proxy(post('/practice/sigmoid', { cookie: 'locale=en' }));
    expect(en.status).toBe(401);
    expect(await en.text()).toBe('Sign in first.');
  });

  it('follows the browser language when there is no cookie', async () => {
    const res = await proxy(post('/review', { 'accept-language': 'ko-KR,ko;q=0.9' }));
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('먼저 로그인하세요.');
  });
});
