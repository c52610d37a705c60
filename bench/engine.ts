// Throughput of each reference-engine operation, measured with tinybench on fixed inputs.

import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import type { Matrix, TwoLayerNet, Vector } from '../lib/engine';
import * as engine from '../lib/engine';
import { mulberry32 } from '../lib/exercises/random';
import type { BenchSection } from './types';

const rand = mulberry32(1);
const vec = (n: number, lo = -3, hi = 3): Vector =>
  Array.from({ length: n }, () => lo + (hi - lo) * rand());
const mat = (r: number, c: number, lo = -1, hi = 1): Matrix =>
  Array.from({ length: r }, () => vec(c, lo, hi));

/** Calls per timed sample: one call of a scalar function is too short for the timer to see. */
const SCALAR_BATCH = 1000;

/** Every result is added here so no call can be optimized away, and checked to be finite. */
let sink = 0;

interface Case {
  name: string;
  size: string;
  callsPerSample: number;
  fn: () => void;
}

function scalarCase(name: string, f: (x: number) => number): Case {
  const xs = vec(SCALAR_BATCH, -10, 10);
  return {
    name,
    size: 'scalar',
    callsPerSample: SCALAR_BATCH,
    fn: () => {
      for (const x of xs) sink += f(x);
    },
  };
}

function vectorCase(name: string, size: string, f: () => number): Case {
  return {
    name,
    size,
    callsPerSample: 1,
    fn: () => {
      sink += f();
    },
  };
}

function cases(): Case[] {
  const n = 100;
  const z = vec(n);
  const target = vec(n, 0, 1).map(Math.round);
  const probability = vec(n, 0.01, 0.99);
  const oneHot = Array.from({ length: 32 }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => (c === r % 10 ? 1 : 0)),
  );
  const rowProbs = Array.from({ length: 32 }, () => engine.softmax(vec(10)));
  const params = vec(n);
  const grad = vec(n);
  const keep = vec(n, 0, 1).map((u) => u > 0.5);
  const batch = mat(32, 16, -3, 3);
  const gamma = vec(16, 0.5, 2);
  const beta = vec(16, -1, 1);
  const net: TwoLayerNet = {
    x: vec(8),
    y: engine.softmax(vec(4)).map((p, _, all) => (p === Math.max(...all) ? 1 : 0)),
    W1: mat(16, 8),
    b1: vec(16, -0.1, 0.1),
    W2: mat(4, 16),
    b2: vec(4, -0.1, 0.1),
    activation: 'tanh',
    loss: 'cross-entropy',
  };
  const adamState = engine.adamStep(params, grad, null, { lr: 0.001 }).state;
  return [
    scalarCase('sigmoid', engine.sigmoid),
    scalarCase('sigmoidDerivative', engine.sigmoidDerivative),
    scalarCase('tanh', engine.tanh),
    scalarCase('tanhDerivative', engine.tanhDerivative),
    scalarCase('relu', engine.relu),
    scalarCase('reluDerivative', engine.reluDerivative),
    scalarCase('leakyRelu', (x) => engine.leakyRelu(x)),
    scalarCase('leakyReluDerivative', (x) => engine.leakyReluDerivative(x)),
    vectorCase('softmax', `n=${n}`, () => engine.softmax(z)[0]),
    vectorCase('meanAbsoluteError', `n=${n}`, () => engine.meanAbsoluteError(z, params)),
    vectorCase('meanSquaredError', `n=${n}`, () => engine.meanSquaredError(z, params)),
    vectorCase('binaryCrossEntropy', `n=${n}`, () =>
      engine.binaryCrossEntropy(target, probability),
    ),
    vectorCase('categoricalCrossEntropy', '32x10', () =>
      engine.categoricalCrossEntropy(oneHot, rowProbs),
    ),
    vectorCase('sgdStep', `n=${n}`, () => engine.sgdStep(params, grad, { lr: 0.01 })[0]),
    vectorCase(
      'momentumStep',
      `n=${n}`,
      () => engine.momentumStep(params, grad, grad, { lr: 0.01, momentum: 0.9 }).params[0],
    ),
    vectorCase(
      'adagradStep',
      `n=${n}`,
      () => engine.adagradStep(params, grad, null, { lr: 0.01 }).params[0],
    ),
    vectorCase(
      'rmspropStep',
      `n=${n}`,
      () => engine.rmspropStep(params, grad, null, { lr: 0.01 }).params[0],
    ),
    vectorCase(
      'adamStep',
      `n=${n}`,
      () => engine.adamStep(params, grad, adamState, { lr: 0.001 }).params[0],
    ),
    vectorCase('dropout', `n=${n}`, () => engine.dropout(z, keep, 0.5)[0]),
    vectorCase('batchNorm', '32x16', () => engine.batchNorm(batch, gamma, beta).y[0][0]),
    vectorCase('twoLayerGradients', '8-16-4', () => engine.twoLayerGradients(net).loss),
    vectorCase(
      'optimizerTrajectory',
      'adam, 50 steps',
      () =>
        engine.optimizerTrajectory(
          'adam',
          engine.ellipticBowlStart,
          50,
          engine.ellipticBowlHypers.adam,
        ).length,
    ),
  ];
}

/** Runs every engine operation for about 200 ms and reports calls per second. */
export async function run(): Promise<BenchSection> {
  const bench = new Bench({ time: 200, warmup: true });
  const list = cases();
  for (const c of list) bench.add(c.name, c.fn);
  await bench.run();
  const rows = bench.tasks.map((task, i) => {
    const c = list[i];
    const result = task.result;
    if (result.state === 'errored')
      throw new Error(`bench ${c.name} failed`, { cause: result.error });
    if (result.state !== 'completed') throw new Error(`bench ${c.name} ended ${result.state}`);
    const opsPerSecond = result.throughput.mean * c.callsPerSample;
    return {
      operation: c.name,
      input: c.size,
      'ops/s': Math.round(opsPerSecond),
      'mean (µs)': Number(((result.latency.mean * 1000) / c.callsPerSample).toPrecision(3)),
      '±%': Number(result.latency.rme.toFixed(2)),
    };
  });
  if (!Number.isFinite(sink)) throw new Error('an engine operation returned a non-finite value');
  return { title: 'Reference engine (lib/engine)', rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then((section) => {
    console.log(section.title);
    console.table(section.rows);
  });
}
