// The backpropagation note states one loss convention, PyTorch's mean with no ½ (its worked numbers
// are checked with every other note's in worked-numbers.test.ts).
import { describe, expect, it } from 'vitest';
import { loadConcepts } from '@/lib/content';

const concept = loadConcepts().find((c) => c.slug === 'backpropagation');
if (!concept) throw new Error('no backpropagation concept');

describe('the backpropagation note', () => {
  it.each(['ko', 'en'] as const)(
    'states the loss convention once: a mean with no ½ (%s)',
    (lang) => {
      expect(concept.body[lang]).toContain('L = \\frac{1}{K} \\sum_k (\\hat y_k - y_k)^2');
      expect(concept.body[lang]).toContain(
        '\\frac{\\partial L}{\\partial \\hat y} = \\frac{2}{K}(\\hat y - y)',
      );
      expect(concept.body[lang]).not.toMatch(/\\tfrac12\s*\(/);
    },
  );
});
