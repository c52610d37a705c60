// A rehype step for Korean notes: the first use of each glossary term is followed by its English term.
import { type GlossaryEntry, glossary } from './glossary';

type HNode = {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
};

/** Endings that may follow a term directly (particles and the copula); anything else is part of a longer word. */
const ENDINGS =
  /^(은|는|이|가|을|를|의|에|에서|에서는|에서도|에는|에게|으로|로|으로는|로는|으로도|로도|와|과|도|만|이다|다|이고|이며|이면|면|이므로|이지만|인|일|이라|이라고|라고|이라는|라는|보다|까지|부터|처럼|만큼|마다|당|별|이나|나|입니다|이에요|에요|예요)?$/;
const HANGUL = /[\uAC00-\uD7A3]/;
const SKIP = new Set(['code', 'pre', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How many parentheses are open at the end of a text: a term inside them is itself an aside. */
function depth(text: string): number {
  let d = 0;
  for (const c of text) d = c === '(' ? d + 1 : c === ')' ? Math.max(0, d - 1) : d;
  return d;
}

/** The text nodes of a tree in document order, with their parents, outside code, math, links and headings. */
function textNodes(node: HNode, out: { node: HNode; parent: HNode }[] = []) {
  for (const child of node.children ?? []) {
    if (child.type === 'text') out.push({ node: child, parent: node });
    else if (child.type === 'element' && !SKIP.has(child.tagName ?? '')) textNodes(child, out);
  }
  return out;
}

function glossSpan(entry: GlossaryEntry): HNode {
  return {
    type: 'element',
    tagName: 'span',
    properties: { lang: 'en', className: ['gloss'] },
    children: [{ type: 'text', value: `(${entry.en})` }],
  };
}

/**
 * Annotates the first use of every glossary term (longest term first, so 배치 정규화 wins over 정규화)
 * with `<span lang="en" class="gloss">(English)</span>`. A use already followed by "(" counts as glossed
 * by the author; a term inside a longer word, in parentheses or right after a quotation mark is not a use.
 */
export function rehypeGloss(entries: readonly GlossaryEntry[] = glossary) {
  const byKo = new Map(entries.filter((e) => e.gloss !== false).map((e) => [e.ko, e]));
  const terms = [...byKo.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'g');
  return (tree: object) => {
    const seen = new Set<string>();
    const texts = textNodes(tree as HNode);
    texts.forEach(({ node, parent }, k) => {
      const value = node.value ?? '';
      const pieces: HNode[] = [];
      let from = 0;
      for (const m of value.matchAll(pattern)) {
        const entry = byKo.get(m[0]) as GlossaryEntry;
        if (seen.has(entry.ko)) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (start > 0 && (HANGUL.test(value[start - 1]) || value[start - 1] === '"')) continue;
        if (depth(value.slice(0, start)) > 0) continue;
        const word = /^[\uAC00-\uD7A3]*/.exec(value.slice(end))?.[0] ?? '';
        if (!ENDINGS.test(word)) continue;
        seen.add(entry.ko);
        const next = end < value.length ? value[end] : (texts[k + 1]?.node.value ?? '')[0];
        if (next === '(' || (word !== '' && value[end + word.length] === '(')) continue;
        pieces.push({ type: 'text', value: value.slice(from, end) }, glossSpan(entry));
        from = end;
      }
      if (pieces.length === 0) return;
      pieces.push({ type: 'text', value: value.slice(from) });
      const siblings = parent.children as HNode[];
      siblings.splice(siblings.indexOf(node), 1, ...pieces);
    });
  };
}
