// The card ids that left the content (content/card-moves.json): each old id and the card that keeps its history.
import { z } from 'zod';
import raw from '../../content/card-moves.json';
import { loadConcepts } from './load';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(KEBAB, 'must be a kebab-case card id');

/**
 * One retired card id. `change` says why it left: `rename` (same card, new id), `merge` (a duplicate of
 * `to`), `split` (a card that asked several things; `to` is the first of its parts, `alsoInto` the rest),
 * `replace` (a card that asked to recall a computed number, or a cloze with several right fillers,
 * replaced by the question `to`; `reason` says which).
 */
const moveSchema = z.strictObject({
  from: id,
  to: id,
  change: z.enum(['rename', 'merge', 'split', 'replace']),
  alsoInto: z.array(id).optional(),
  reason: z.enum(['number-recall', 'several-answers']).optional(),
});
export type CardMove = z.infer<typeof moveSchema>;

/** Checks the moves against the loaded cards; returns the first problem, or undefined. */
export function cardMovesProblem(
  moves: CardMove[],
  cardIds: ReadonlySet<string>,
): string | undefined {
  const seen = new Set<string>();
  for (const [i, move] of moves.entries()) {
    const at = `content/card-moves.json[${i}]`;
    if (seen.has(move.from)) return `${at}.from: "${move.from}" is moved twice`;
    seen.add(move.from);
    if (cardIds.has(move.from)) return `${at}.from: "${move.from}" is still a card`;
    for (const target of [move.to, ...(move.alsoInto ?? [])]) {
      if (!cardIds.has(target)) return `${at}: no card "${target}"`;
    }
    if (move.change === 'split' && !move.alsoInto?.length)
      return `${at}.alsoInto: a split names the other parts`;
    if (move.change !== 'split' && move.alsoInto)
      return `${at}.alsoInto: only a split has other parts`;
    if ((move.change === 'replace') !== (move.reason !== undefined))
      return `${at}.reason: a replacement, and only a replacement, gives its reason`;
  }
  return undefined;
}

let cache: CardMove[] | undefined;

/** Every retired card id with its successor, validated against the content (cached for the process). */
export function cardMoves(): CardMove[] {
  if (cache) return cache;
  const parsed = z.array(moveSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content/card-moves.json[${issue.path.join('.')}]: ${issue.message}`);
  }
  const ids = new Set(loadConcepts().flatMap((c) => c.cards.map((card) => card.id)));
  const problem = cardMovesProblem(parsed.data, ids);
  if (problem) throw new Error(problem);
  cache = parsed.data;
  return cache;
}

/** Old card id -> the id of the card that keeps its history. */
export function cardSuccessors(): ReadonlyMap<string, string> {
  return new Map(cardMoves().map((move) => [move.from, move.to]));
}
