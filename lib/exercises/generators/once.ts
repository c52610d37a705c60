// A value computed once per inputs object: an exercise's build, mistakes and checks, or a band's runs, share it.

/**
 * How many inputs objects are remembered. An exercise is built, diagnosed and checked within one
 * request, so only the most recent few matter; a `WeakMap` would remember every one until the
 * garbage collector clears it, and its entries cost that collector more than the work they save.
 */
const REMEMBERED = 8;

/**
 * `compute`, remembered for the last few inputs objects: an exercise's inputs are the same object
 * through its build, its mistakes and its checks, so the work is done once. The value is shared,
 * so callers read it and never change it. Inputs are compared by identity, never by content.
 */
export function oncePerInputs<I extends object, V>(compute: (inputs: I) => V): (inputs: I) => V {
  const keys: (I | undefined)[] = new Array(REMEMBERED).fill(undefined);
  const values: (V | undefined)[] = new Array(REMEMBERED).fill(undefined);
  let next = 0;
  return (inputs) => {
    for (let i = 0; i < REMEMBERED; i++) if (keys[i] === inputs) return values[i] as V;
    const value = compute(inputs);
    keys[next] = inputs;
    values[next] = value;
    next = (next + 1) % REMEMBERED;
    return value;
  };
}
