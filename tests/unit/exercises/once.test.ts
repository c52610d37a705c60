// oncePerInputs: one computation per inputs object while it is among the last few, by identity.
import { describe, expect, it } from 'vitest';
import { oncePerInputs } from '../../../lib/exercises/generators/once';

describe('oncePerInputs', () => {
  const counted = () => {
    const calls: object[] = [];
    const f = oncePerInputs((inputs: { x: number }) => {
      calls.push(inputs);
      return { doubled: inputs.x * 2 };
    });
    return { f, calls };
  };

  it('computes once for the same object and shares the value', () => {
    const { f, calls } = counted();
    const inputs = { x: 3 };
    const first = f(inputs);
    expect(f(inputs)).toBe(first);
    expect(first.doubled).toBe(6);
    expect(calls).toHaveLength(1);
  });

  it('compares by identity: an equal copy is computed on its own', () => {
    const { f, calls } = counted();
    f({ x: 3 });
    expect(f({ x: 3 }).doubled).toBe(6);
    expect(calls).toHaveLength(2);
  });

  it('remembers the most recent inputs and recomputes one that was pushed out', () => {
    const { f, calls } = counted();
    const first = { x: 1 };
    f(first);
    for (let i = 0; i < 7; i++) f({ x: i });
    f(first);
    expect(calls).toHaveLength(8);
    for (let i = 0; i < 8; i++) f({ x: i });
    expect(f(first).doubled).toBe(2);
    expect(calls).toHaveLength(17);
  });
});
