// A value computed once per exercise: its build, its mistakes and its checks share it.

/**
 * `compute`, remembered per inputs object: an exercise's inputs are the same object through its
 * build, its mistakes and its checks, so the work is done once. The value is shared, so callers
 * read it and never change it; it is forgotten with the inputs.
 */
export function oncePerInputs<I extends object, V>(compute: (inputs: I) => V): (inputs: I) => V {
  const known = new WeakMap<I, V>();
  return (inputs) => {
    const cached = known.get(inputs);
    if (cached !== undefined) return cached;
    const value = compute(inputs);
    known.set(inputs, value);
    return value;
  };
}
