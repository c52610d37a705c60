// Text a learner typed comes back in a message as plain characters: no element, link or formula of its own.
import { describe, expect, it } from 'vitest';
import { checkAnswer, generatorById } from '@/lib/exercises';
import { learnerText } from '@/lib/exercises/messages';
import { presentCheck } from '@/lib/study/present';

const exercise = generatorById('sigmoid')!.generate(42, 1);

/** What a message shows once the browser reads the HTML: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The tags of an HTML fragment, by name. */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((match) => match[1].toLowerCase());
}

describe('an invalid answer echoed in the message', () => {
  const hostile: [string, string][] = [
    ['<img src=x onerror=alert(1)>', '<img'],
    ['$\\href{javascript:alert(1)}{x}$', '$\\href'],
    ['<javascript:alert>', '<javascript:alert>'],
    ['**bold**', '**bold**'],
    ['http://evil.example', 'http://evil.example'],
    ['www.evil.example', 'www.evil.example'],
    ['a@evil.example', 'a@evil.example'],
    ['$x^2$', '$x^2$'],
    ['&lt;b&gt;', '&lt'],
    ['`x`', '`x`'],
  ];

  it.each(hostile)(
    '%s shows as typed, inside one code element, in both languages',
    (input, shown) => {
      const check = checkAnswer(exercise, input);
      expect(check.status).toBe('invalid');
      for (const locale of ['en', 'ko'] as const) {
        const html = presentCheck(exercise, check, locale).messageHtml;
        expect(tags(html)).toEqual(['code']);
        expect(html).not.toMatch(/<[^>]*\s(href|src|on\w+)=/i);
        expect(html).not.toContain('katex');
        expect(visibleText(html)).toContain(shown);
      }
    },
  );

  it('keeps the echo to 20 characters', () => {
    const check = checkAnswer(exercise, 'abcdefghijklmnopqrstuvwxyz');
    expect(visibleText(presentCheck(exercise, check, 'en').messageHtml)).toBe(
      'abcdefghijklmnopqrst… is not a number.',
    );
  });
});

describe('learnerText', () => {
  it('fences text with a longer run of backticks than it holds', () => {
    expect(learnerText('a')).toBe('` a `');
    expect(learnerText('a`b')).toBe('`` a`b ``');
    expect(learnerText('``')).toBe('``` `` ```');
  });
});
