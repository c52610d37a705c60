// Vitest setup: a fault that the exercise code logs (and hides from the learner) fails the test.
import { afterEach, beforeEach, expect } from 'vitest';

let logged: unknown[][] = [];
const original = console.error;

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(args);
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  const bugs = logged.filter((args) => String(args[0]).startsWith('[exercises]'));
  expect(
    bugs.map((args) => String(args[0])),
    'the exercise code logged a fault',
  ).toEqual([]);
});
