// Checks the answer boxes of a multi-part exercise, each against the true value or, with error carried
// forward, against the value the learner's own earlier answers give.

import { judged, withinTolerance } from './check';
import {
  type ChainInputs,
  type ChainValues,
  chain,
  type PartId,
  partFrom,
  present,
  readsOfAnyWay,
  toEngine,
  waysOf,
} from './generators/chain-parts';
import { slips } from './generators/chain-slips';
import { registry } from './generators/registry';
import { invalid, verdict } from './messages';
import { parseAnswerLike } from './parse';
import { reportBug } from './report';
import { fairTolerance, flatten } from './tolerance';
import type { AnswerValue, Check, Exercise, Localized, Mistake, Part, Tolerance } from './types';

/** How a part is named in a message: its symbol in TeX. */
const SYMBOL: Record<PartId, string> = {
  z1: '$z_1$',
  a1: '$a_1$',
  z2: '$z_2$',
  loss: '$L$',
  dz2: '$\\delta_2$',
  dW2: '$\\partial L / \\partial W_2$',
  da1: '$\\partial L / \\partial a_1$',
  dz1: '$\\delta_1$',
  dW1: '$\\partial L / \\partial W_1$',
  W1new: '$W_1$',
};

/** "Correct, given your z₁, which was off": the message of a part right with error carried forward. */
export function carriedForwardMessage(off: readonly PartId[]): Localized {
  const names = off.map((id) => SYMBOL[id]);
  const en = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const ko = names.join(', ');
  return {
    ko: `${verdict.correct.ko} (오류 이월): 앞에서 구한 ${ko} 값이 틀렸지만, 그 값으로 계산하면 이 답이 맞습니다.`,
    en:
      names.length === 1
        ? `${verdict.correct.en} (error carried forward): your earlier ${en} was off, but this answer is right for the value you used.`
        : `${verdict.correct.en} (error carried forward): your earlier ${en} were off, but this answer is right for the values you used.`,
  };
}

/** The band of a part computed from `basis`: each value it reads rounded as a learner would. */
function bandFrom(id: PartId, inp: ChainInputs, basis: Partial<ChainValues>): Tolerance {
  return fairTolerance((note) => flatten(present(partFrom(id, inp, basis, note))));
}

/** The mistakes generator `id` knows (none for an unknown or a choice generator). */
function catalogOf(id: string): readonly Mistake[] {
  const generator = registry.get(id);
  return generator && generator.kind !== 'choice' ? generator.catalog : [];
}

/** The first slip whose value the typed answer matches (and that is not itself a right answer). */
function diagnose(
  part: Part,
  inp: ChainInputs,
  bases: Partial<ChainValues>[],
  typed: AnswerValue,
  right: AnswerValue[],
  catalog: readonly Mistake[],
): Mistake | undefined {
  for (const basis of bases) {
    for (const [slip, raw] of slips(part.id as PartId, inp, basis)) {
      const value = present(raw);
      if (!flatten(value).every(Number.isFinite)) continue;
      if (right.some((r) => withinTolerance(value, r, part.tolerance))) continue;
      if (withinTolerance(typed, value, part.tolerance)) {
        return catalog.find((mistake) => mistake.id === slip);
      }
    }
  }
  return undefined;
}

/**
 * Checks the answered parts of a multi-part exercise (`answers` maps part ids to typed text; empty
 * text is unanswered) and returns one `Check` per answered part. A part is correct when it matches
 * its true value, or when it matches the value computed from the learner's own answers to the parts
 * it reads (then `carriedForward` is set and the message names the earlier parts that were off);
 * parts it reads that were not answered, or not readable, count with their true values. Never throws.
 */
export function checkParts(
  exercise: Exercise,
  answers: Record<string, string>,
): Record<string, Check> {
  const out: Record<string, Check> = {};
  const parts = exercise.parts;
  if (!parts) return out;
  try {
    const inp = exercise.inputs as unknown as ChainInputs;
    const truth = chain(inp);
    const typed: Partial<Record<PartId, AnswerValue>> = {};
    const learner: Partial<ChainValues> = {};
    /** The answered parts that are not within their bands of the true values. */
    const off: Partial<Record<PartId, boolean>> = {};
    for (const part of parts) {
      const input = answers[part.id];
      if (typeof input !== 'string' || input.trim() === '') continue;
      const parsed = parseAnswerLike(input, part.answer.value);
      if (!parsed.ok) {
        out[part.id] = { status: 'invalid', message: parsed.reason };
        continue;
      }
      const id = part.id as PartId;
      typed[id] = parsed.value;
      learner[id] = toEngine(parsed.value, truth[id]);
      off[id] = !withinTolerance(parsed.value, part.answer.value, part.tolerance);
    }
    /**
     * The earlier parts that were off nearest to `id`: those it reads, or when every part it reads
     * is within its band, the ones before them (an error can cancel on the way and still shape
     * the values the learner went on from).
     */
    const offFound = new Map<PartId, readonly PartId[]>();
    const offBefore = (id: PartId): readonly PartId[] => {
      const known = offFound.get(id);
      if (known) return known;
      const nearest = new Set<PartId>();
      for (const d of readsOfAnyWay(id, inp.activation)) {
        if (off[d]) nearest.add(d);
        else if (learner[d] !== undefined) for (const earlier of offBefore(d)) nearest.add(earlier);
      }
      const found = [...nearest];
      offFound.set(id, found);
      return found;
    };
    for (const part of parts) {
      const id = part.id as PartId;
      const value = typed[id];
      if (value === undefined) continue;
      const offParts = offBefore(id);
      const right = !off[id];
      // Every earlier part it was built on was right: the answer is right.
      if (offParts.length === 0 && right) {
        out[id] = judged(part, 'correct');
        continue;
      }
      // Each way of working it out, from the learner's own earlier answers (or the true values of
      // parts not answered): the value it gives, and whether the answer is right for it.
      const ways = waysOf(id, inp.activation).map((reads) => {
        const basis: Partial<ChainValues> = {};
        for (const d of reads) basis[d] = learner[d] ?? truth[d];
        const carried = present(partFrom(id, inp, basis));
        return {
          basis,
          carried,
          rightFor: () => withinTolerance(value, carried, bandFrom(id, inp, basis)),
        };
      });
      const rightForOwn = () => ways.some((way) => way.rightFor());
      if (offParts.length > 0 && rightForOwn()) {
        // Error carried forward, even where the truth moves so little that the answer matches it too.
        out[id] = {
          status: 'correct',
          message: carriedForwardMessage(offParts),
          carriedForward: true,
          expected: part.answer.display,
          exact: part.answer.value,
          solution: part.solution,
        };
        continue;
      }
      // Right, or right for earlier answers all within their bands but not exact (a difference the
      // next step may scale past its own band).
      const ownValues = readsOfAnyWay(id, inp.activation).some((d) => learner[d] !== undefined);
      if ((offParts.length > 0 && right) || (offParts.length === 0 && ownValues && rightForOwn())) {
        out[id] = judged(part, 'correct');
        continue;
      }
      const basis = Object.assign({}, ...ways.map((way) => way.basis)) as Partial<ChainValues>;
      const bases = offParts.length > 0 ? [basis, truth] : [truth];
      const rightValues = [part.answer.value, ...ways.map((way) => way.carried)];
      const catalog = catalogOf(exercise.generatorId);
      const mistake = diagnose(part, inp, bases, value, rightValues, catalog);
      out[id] = judged(part, 'incorrect', mistake);
    }
    return out;
  } catch (error) {
    reportBug('checkParts', error, { generatorId: exercise?.generatorId, answers });
    for (const part of parts) {
      if (typeof answers[part.id] === 'string') {
        out[part.id] = { status: 'invalid', message: { ...invalid.checkFailed }, failed: true };
      }
    }
    return out;
  }
}
