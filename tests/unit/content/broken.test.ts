// Malformed concept files make loadConcepts throw an error that names the file and the field.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConcepts } from '@/lib/content';

const root = path.join(process.cwd(), 'tests', 'fixtures', 'content-broken');
const fixture = (name: string) => path.join(root, name);

function errorOf(name: string): string {
  try {
    loadConcepts(fixture(name));
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`loadConcepts(${name}) did not throw`);
}

describe('loadConcepts on broken content', () => {
  it('names a missing title.en', () => {
    expect(errorOf('missing-title-en')).toBe(
      'tests/fixtures/content-broken/missing-title-en/alpha.md: title.en: Required',
    );
  });

  it('names a cloze card without {{...}}', () => {
    expect(errorOf('cloze-without-blank')).toBe(
      'tests/fixtures/content-broken/cloze-without-blank/beta.md: cards[1].text.en: must contain exactly one {{...}}, found none',
    );
  });

  it('names a body without <!-- en -->', () => {
    expect(errorOf('body-without-en')).toBe(
      'tests/fixtures/content-broken/body-without-en/gamma.md: body: missing the line <!-- en -->',
    );
  });

  it('names a slug that differs from the file name', () => {
    expect(errorOf('slug-mismatch')).toMatch(
      /slug-mismatch\/delta\.md: slug: "not-delta" must equal/,
    );
  });

  it('names an unknown exercise id', () => {
    expect(errorOf('unknown-exercise')).toMatch(/unknown-exercise\/epsilon\.md: exercises\[1\]: /);
  });

  it('names a card id used twice', () => {
    expect(errorOf('duplicate-card-id')).toMatch(
      /duplicate-card-id\/zeta\.md: cards\[0\]\.id: "shared-card" is also used by .*eta\.md/,
    );
  });

  it('names a related slug that does not exist', () => {
    expect(errorOf('unknown-related')).toMatch(
      /unknown-related\/theta\.md: related\[0\]: no concept "iota"/,
    );
  });

  it('names a file whose YAML does not parse', () => {
    expect(errorOf('bad-yaml')).toMatch(/bad-yaml\/kappa\.md: front matter: invalid YAML/);
  });

  it('names a missing directory', () => {
    expect(errorOf('no-such-dir')).toMatch(/no-such-dir: no such content directory/);
  });
});
