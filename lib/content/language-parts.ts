// A rehype plugin: in Korean text, runs of English words are marked lang="en" so screen readers pronounce them in English.
import { hasHangul, languageRuns } from '@/lib/i18n/language-runs';

type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

/** Math (before KaTeX renders it), code and elements that already say their language are left alone. */
const SKIPPED = new Set(['code', 'pre', 'script', 'style', 'svg', 'math']);

function holdsHangul(node: HastNode): boolean {
  if (node.type === 'text') return hasHangul(node.value ?? '');
  return (node.children ?? []).some(holdsHangul);
}

function mark(node: HastNode): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child): HastNode[] => {
    if (child.type === 'text') {
      return languageRuns(child.value ?? '').map((run) =>
        run.lang
          ? {
              type: 'element',
              tagName: 'span',
              properties: { lang: run.lang },
              children: [{ type: 'text', value: run.text }],
            }
          : { type: 'text', value: run.text },
      );
    }
    if (child.type === 'element') {
      if (SKIPPED.has(child.tagName ?? '') || child.properties?.lang !== undefined) return [child];
      mark(child);
    }
    return [child];
  });
}

/**
 * Wraps the English words of a fragment written in Korean (one that holds any Hangul) in
 * `<span lang="en">`; a fragment without Hangul is left as it is.
 * @example '시그모이드(sigmoid) 함수' -> '시그모이드(<span lang="en">sigmoid</span>) 함수'
 */
export function rehypeLanguageParts() {
  return (tree: HastNode) => {
    if (holdsHangul(tree)) mark(tree);
  };
}
