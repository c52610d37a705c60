// The retired card ids: every old id names a live successor, the checks refuse a broken list, and the
// README's counts of split, merged, replaced and renamed cards are the list's own.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CardMove, cardMoves, cardMovesProblem, loadConcepts } from '@/lib/content';

const ids = new Set(['a', 'b', 'c']);
const move = (m: Partial<CardMove>): CardMove => ({ from: 'old', to: 'a', change: 'merge', ...m });

describe('content/card-moves.json', () => {
  it('retires ids that are no longer cards, each for a card that exists', () => {
    const live = new Set(loadConcepts().flatMap((c) => c.cards.map((card) => card.id)));
    const moves = cardMoves();
    expect(moves.length).toBeGreaterThan(0);
    for (const m of moves) {
      expect(live.has(m.from), m.from).toBe(false);
      for (const to of [m.to, ...(m.alsoInto ?? [])]) expect(live.has(to), to).toBe(true);
    }
  });

  it('renames the -ise ids to the -ize spelling', () => {
    const renames = cardMoves().filter((m) => m.change === 'rename');
    expect(renames.map((m) => m.from)).toEqual(['ml-generalisation', 'sigmoid-not-zero-centred']);
    for (const m of renames)
      expect(m.to).toBe(m.from.replace('isation', 'ization').replace('centred', 'centered'));
  });

  it('refuses a broken list, naming the entry', () => {
    expect(cardMovesProblem([move({})], ids)).toBeUndefined();
    expect(cardMovesProblem([move({ from: 'b' })], ids)).toMatch(
      /\[0\]\.from: "b" is still a card/,
    );
    expect(cardMovesProblem([move({ to: 'x' })], ids)).toMatch(/\[0\]: no card "x"/);
    expect(cardMovesProblem([move({}), move({ to: 'b' })], ids)).toMatch(
      /\[1\]\.from: "old" is moved twice/,
    );
    expect(cardMovesProblem([move({ change: 'split' })], ids)).toMatch(/names the other parts/);
    expect(cardMovesProblem([move({ change: 'split', alsoInto: ['y'] })], ids)).toMatch(
      /no card "y"/,
    );
    expect(cardMovesProblem([move({ alsoInto: ['b'] })], ids)).toMatch(/only a split/);
    expect(cardMovesProblem([move({ change: 'replace' })], ids)).toMatch(/gives its reason/);
    expect(cardMovesProblem([move({ reason: 'number-recall' })], ids)).toMatch(/gives its reason/);
  });
});

describe("the README's content section", () => {
  it('states the counts of the deck and of card-moves.json', () => {
    const readme = fs.readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    const moves = cardMoves();
    const of = (change: CardMove['change']) => moves.filter((m) => m.change === change);
    const concepts = loadConcepts();
    const cards = concepts.reduce((n, c) => n + c.cards.length, 0);
    const splits = of('split');
    const parts = splits.reduce((n, m) => n + 1 + (m.alsoInto?.length ?? 0), 0);
    const replaced = of('replace');
    const numbers = replaced.filter((m) => m.reason === 'number-recall').length;
    const expected = [
      `**${cards} cards** over **${concepts.length} concepts**`,
      `${splits.length} cards that asked several things were split into ${parts}`,
      `${of('merge').length} duplicates were merged`,
      `${replaced.length} were replaced`,
      `${numbers} asked to recall a computed number`,
      `${replaced.length - numbers} were clozes with several right answers`,
      `${of('rename').length} ids were renamed`,
    ];
    for (const phrase of expected) expect(readme).toContain(phrase);
  });
});
