// The parts of a two-layer network's training step: their ids, what each reads, and each computed.

import * as engine from '../engine';
import { identity, type Note } from '../tolerance';
import type { AnswerValue } from '../types';
import { derivativeFromActivation, type NetInputs } from './network';
import { oncePerInputs } from './once';
import { softmaxNoted } from './softmax-steps';

export const PART_IDS = [
  'z1',
  'a1',
  'z2',
  'loss',
  'dz2',
  'dW2',
  'da1',
  'dz1',
  'dW1',
  'W1new',
] as const;
export type PartId = (typeof PART_IDS)[number];

/** A two-layer network exercise's numbers and the learning rate of its SGD step. */
export interface ChainInputs extends NetInputs {
  lr: number;
}

/** A part's value as the engine holds it: a vector, a matrix, or the loss. */
export type Value = number | number[] | number[][];
export type ChainValues = Record<PartId, Value>;

export const vec = (v: Value) => v as number[];
export const mat = (v: Value) => v as number[][];

/** Each part: the parts its formula reads, and the formula (intermediate values passed through `note`). */
export const DEPENDS: Record<PartId, readonly PartId[]> = {
  z1: [],
  a1: ['z1'],
  z2: ['a1'],
  loss: ['z2'],
  dz2: ['z2'],
  dW2: ['dz2', 'a1'],
  da1: ['dz2'],
  dz1: ['da1', 'z1'],
  dW1: ['dz1'],
  W1new: ['dW1'],
};

function compute(id: PartId, inp: ChainInputs, up: Partial<ChainValues>, note: Note): Value {
  switch (id) {
    case 'z1':
      return engine.affine(inp.W1, inp.x, inp.b1);
    case 'a1':
      return engine.activate(vec(up.z1 as Value), inp.activation);
    case 'z2':
      return engine.affine(inp.W2, vec(up.a1 as Value), inp.b2);
    case 'loss': {
      const z2 = vec(up.z2 as Value);
      if (inp.loss === 'mse') return engine.networkLoss(z2, inp.y, 'mse');
      const p = softmaxNoted(z2, note);
      return -Math.log(p[inp.y.indexOf(1)]);
    }
    case 'dz2': {
      const z2 = vec(up.z2 as Value);
      if (inp.loss === 'mse') return engine.outputDelta(z2, inp.y, 'mse');
      const p = softmaxNoted(z2, note);
      return p.map((pk, k) => pk - inp.y[k]);
    }
    case 'dW2':
      return engine.outer(vec(up.dz2 as Value), vec(up.a1 as Value));
    case 'da1':
      return engine.transposeTimes(inp.W2, vec(up.dz2 as Value));
    case 'dz1': {
      // f'(z1) from a1 when the way read a1 (sigmoid, tanh), else from z1.
      const act = inp.activation;
      const fPrime = note(
        act !== 'relu' && up.a1 !== undefined
          ? vec(up.a1).map((a) => derivativeFromActivation(a, act))
          : engine.activationDerivative(vec(up.z1 as Value), act),
      );
      return engine.hadamard(vec(up.da1 as Value), fPrime);
    }
    case 'dW1':
      return engine.outer(vec(up.dz1 as Value), inp.x);
    case 'W1new':
      return engine.sgdMatrixStep(inp.W1, mat(up.dW1 as Value), { lr: inp.lr });
  }
}

/** How a learner may work out each part: one way per list of the parts it reads. */
type Ways = Record<PartId, readonly (readonly PartId[])[]>;

/** `f` of every part, by part id. */
function perPart<T>(f: (id: PartId) => T): Record<PartId, T> {
  const out = {} as Record<PartId, T>;
  for (const id of PART_IDS) out[id] = f(id);
  return out;
}

/** With ReLU, each part has one way: the parts of `DEPENDS`. */
const ONE_WAY: Ways = perPart((id) => [DEPENDS[id]]);

/**
 * With the sigmoid or tanh, $\delta_1$ has a second way: $f'(z_1)$ from $a_1$, as the solution
 * writes it ($a_1(1 - a_1)$, $1 - a_1^2$), besides from $z_1$.
 */
const TWO_WAYS_TO_DZ1: Ways = { ...ONE_WAY, dz1: [['da1', 'a1'], DEPENDS.dz1] };

/** Each part's ways, and every part some way of it reads (once each), for one kind of activation. */
const waysTable = (ways: Ways) => ({
  ways,
  reads: perPart((id): readonly PartId[] => [...new Set(ways[id].flat())]),
});

/** The tables for ReLU and for the smooth activations (sigmoid, tanh). */
const RELU = waysTable(ONE_WAY);
const SMOOTH = waysTable(TWO_WAYS_TO_DZ1);
const tableOf = (activation: NetInputs['activation']) => (activation === 'relu' ? RELU : SMOOTH);

/**
 * The ways a learner may work part `id` out, each the parts it reads (`DEPENDS`, and for
 * $\delta_1$ with the sigmoid or tanh also from $a_1$). An answer right either way is right.
 */
export function waysOf(
  id: PartId,
  activation: NetInputs['activation'],
): readonly (readonly PartId[])[] {
  return tableOf(activation).ways[id];
}

/** Every part that some way of working `id` out reads. */
export function readsOfAnyWay(id: PartId, activation: NetInputs['activation']): readonly PartId[] {
  return tableOf(activation).reads[id];
}

/**
 * Every part in order, exactly (the engine's training step), computed once per exercise: its build,
 * mistakes and part-by-part checks share the values, so they are read, never changed.
 */
export const chain = oncePerInputs((inp: ChainInputs): Readonly<ChainValues> => {
  const s = engine.twoLayerSteps(inp, inp.lr);
  return {
    z1: s.z1,
    a1: s.a1,
    z2: s.z2,
    loss: s.loss,
    dz2: s.dz2,
    dW2: s.dW2,
    da1: s.da1,
    dz1: s.dz1,
    dW1: s.dW1,
    W1new: s.W1new,
  };
});

/**
 * The value of one part computed from the given upstream values (a learner's own, or the true ones):
 * the parts of one of its ways (`waysOf`), each passed through `note`.
 */
export function partFrom(
  id: PartId,
  inp: ChainInputs,
  up: Partial<ChainValues>,
  note: Note = identity,
): Value {
  const noted: Partial<ChainValues> = {};
  for (const d of PART_IDS) if (up[d] !== undefined) noted[d] = note(up[d]);
  return compute(id, inp, noted, note);
}

/** What a learner types: a single number for a one-element vector or matrix. */
export function present(v: Value): AnswerValue {
  if (typeof v === 'number') return v;
  if (v.length === 1 && typeof v[0] === 'number') return v[0];
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  return v;
}

/** A typed value back in the engine's shape of `like`. */
export function toEngine(v: AnswerValue, like: Value): Value {
  if (typeof like === 'number') return v as number;
  if (typeof v === 'number') return Array.isArray(like[0]) ? [[v]] : [v];
  return v;
}
