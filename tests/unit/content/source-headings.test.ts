// Every heading, numbered item and defined term of the source notes is covered by some concept, and vice versa.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConcepts } from '@/lib/content';

const notes = fs.readFileSync(
  path.join(process.cwd(), 'content', 'source', 'deep-learning-notes.md'),
  'utf8',
);
const lines = notes.split(/\r?\n/).map((l) => l.trim());
const headings = lines.filter((l) => /^#{1,6}\s/.test(l)).map((l) => l.replace(/^#+\s+/, ''));
const items = lines.filter((l) => /^\d+\.\s/.test(l));
/** Terms the notes define on a line of their own, `Term : definition` (not in a bullet list). */
const defined = lines.flatMap((l) => {
  const m = /^([^-#!\s][^:]*?) : /.exec(l);
  return m ? [m[1]] : [];
});
const covered = new Set(loadConcepts().flatMap((c) => c.sourceHeadings));

describe('source notes -> concepts', () => {
  it('parses the headings and numbered items of the notes', () => {
    expect(headings).toContain('Deep Learning');
    expect(headings).toContain('비선형 함수');
    expect(items).toContain('1. Sigmoid함수');
    expect(items).toContain('4. 범주 교차 엔트로피');
    expect(defined).toEqual(
      expect.arrayContaining(['Mini-batch', 'Iteration', 'Epoch', 'Gradient Descent']),
    );
  });

  it('lists every term the notes define in some concept', () => {
    expect(defined.filter((d) => !covered.has(d))).toEqual([]);
  });

  it('lists every heading of the notes in some concept', () => {
    expect(headings.filter((h) => !covered.has(h))).toEqual([]);
  });

  it('lists every numbered activation and loss item in some concept', () => {
    expect(items.filter((i) => !covered.has(i))).toEqual([]);
  });

  it('lists only headings that occur in the notes', () => {
    const known = new Set([...headings, ...items, ...defined]);
    expect([...covered].filter((h) => !known.has(h))).toEqual([]);
  });
});
