// The Host rule that stops DNS rebinding: loopback names with any port, listed names, nothing else.
import { describe, expect, it } from 'vitest';
import { allowedHostNames, hostName, isAllowedHost } from '@/lib/security/host';

describe('isAllowedHost', () => {
  it.each([
    'localhost',
    'localhost:3000',
    'LOCALHOST:3000',
    '127.0.0.1',
    '127.0.0.1:3000',
    '127.1.2.3:80',
    '127.255.255.254:65535',
    '[::1]',
    '[::1]:3000',
    '[0:0:0:0:0:0:0:1]:3000',
  ])('answers %s', (host) => {
    expect(isAllowedHost(host)).toBe(true);
  });

  it.each([
    'evil.example',
    'evil.example:3000',
    'localhost.evil.example',
    '127.0.0.1.evil.example:3000',
    'evil.example:3000@127.0.0.1',
    '127.0.0.256:3000',
    '128.0.0.1',
    '0.0.0.0:3000',
    '192.168.1.20:3000',
    '[::2]:3000',
    '[::1',
    '[::1]x',
    'localhost:http',
    'localhost:3000:4000',
    '',
  ])('refuses %s', (host) => {
    expect(isAllowedHost(host)).toBe(false);
  });

  it('refuses a request without a Host header', () => {
    expect(isAllowedHost(null)).toBe(false);
  });

  it('answers names listed in BACKPROP_ALLOWED_HOSTS, with any port, and only those', () => {
    const allowed = allowedHostNames(' Study.Home.Arpa , laptop.local:8080,,');
    expect(allowed).toEqual(['study.home.arpa', 'laptop.local']);
    expect(isAllowedHost('study.home.arpa', allowed)).toBe(true);
    expect(isAllowedHost('STUDY.home.arpa:3000', allowed)).toBe(true);
    expect(isAllowedHost('laptop.local:3000', allowed)).toBe(true);
    expect(isAllowedHost('evil.example', allowed)).toBe(false);
    expect(isAllowedHost('home.arpa', allowed)).toBe(false);
  });

  it('allows nothing extra when BACKPROP_ALLOWED_HOSTS is unset or empty', () => {
    expect(allowedHostNames(undefined)).toEqual([]);
    expect(allowedHostNames('')).toEqual([]);
  });
});

describe('hostName', () => {
  it('drops the port and the brackets of an IPv6 address', () => {
    expect(hostName('[::1]:3000')).toBe('::1');
    expect(hostName('Example.COM:443')).toBe('example.com');
    expect(hostName('example.com')).toBe('example.com');
  });
});
