// Language choice and formatting: Accept-Language negotiation, the remembered cookie, interval labels.
import { describe, expect, it } from 'vitest';
import { formatInterval, formatPercent } from '@/lib/i18n/format';
import { negotiateLocale, resolveLocale } from '@/lib/i18n/locale';
import { messagesFor } from '@/lib/i18n/messages';

describe('negotiateLocale', () => {
  it('picks the best supported language by q-value', () => {
    expect(negotiateLocale('ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('ko');
    expect(negotiateLocale('fr-FR,en;q=0.5,ko;q=0.7')).toBe('ko');
    expect(negotiateLocale('en-GB')).toBe('en');
    expect(negotiateLocale('de, fr')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('ko;q=0')).toBe('en');
  });

  it('lets a remembered choice win over the browser', () => {
    expect(resolveLocale('en', 'ko-KR')).toBe('en');
    expect(resolveLocale('xx', 'ko-KR')).toBe('ko');
  });
});

describe('formatting', () => {
  it('writes intervals in each language', () => {
    expect(formatInterval(10 * 60_000, 'en')).toBe('10m');
    expect(formatInterval(3 * 86_400_000, 'ko')).toBe('3일');
    expect(formatInterval(90 * 86_400_000, 'en')).toBe('3mo');
  });

  it('writes percentages and avoids dividing by zero', () => {
    expect(formatPercent(1, 3)).toBe('33%');
    expect(formatPercent(0, 0)).toBe('–');
  });

  it('joins a figure title to its formula with the Korean particle it is read with', () => {
    const title = messagesFor('ko').concepts.figureActivation;
    expect(title('σ(x)')).toBe('σ(x)와 그 미분');
    expect(title('LeakyReLU(x), α = 0.1')).toBe('LeakyReLU(x), α = 0.1과 그 미분');
  });

  it('has the same keys in both dictionaries', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v).map((c) => `${k}.${c}`) : [k],
      );
    expect(keys(messagesFor('ko'))).toEqual(keys(messagesFor('en')));
    expect(messagesFor('en').review.ratings).toEqual({
      1: 'Again',
      2: 'Hard',
      3: 'Good',
      4: 'Easy',
    });
  });
});
