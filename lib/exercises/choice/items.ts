// Helpers shared by the choice generators: numbered items of a multi-match question, and option lists.

import { L } from '../generators/common';
import type { Localized } from '../types';
import type { Option } from './define';

/** "Curve 1", "Curve 2", … (or any noun), the things a multi-match question pairs with options. */
export function numberedItems(noun: Localized, count: number): Localized[] {
  return Array.from({ length: count }, (_, i) => L(`${noun.ko} ${i + 1}`, `${noun.en} ${i + 1}`));
}

/** Joins two texts of each language with a space (a general rule, then what this figure shows). */
export function joined(...texts: Localized[]): Localized {
  return L(texts.map((t) => t.ko).join(' '), texts.map((t) => t.en).join(' '));
}

/** One option per key, its label and its explanation looked up by key. */
export function optionsFor<K extends string>(
  keys: readonly K[],
  label: (key: K) => Localized,
  explanation: (key: K) => Localized,
): Option[] {
  return keys.map((key) => ({ key, label: label(key), explanation: explanation(key) }));
}
