// A rehype plugin: a fragment's headings start at h2 (the page's h1 is its title) and never skip a level.

type HastNode = {
  type: string;
  tagName?: string;
  children?: HastNode[];
};

const HEADING = /^h([1-6])$/;

function headings(node: HastNode, found: HastNode[] = []): HastNode[] {
  if (node.type === 'element' && node.tagName && HEADING.test(node.tagName)) found.push(node);
  for (const child of node.children ?? []) headings(child, found);
  return found;
}

/**
 * Renumbers the levels used, in order, from h2: a note written with `###` sections under the
 * page's h1 gets h2 sections, and `##` then `####` becomes h2 then h3.
 * @example levels h3, h3, h5 -> h2, h2, h3
 */
export function rehypeHeadingLevels() {
  return (tree: HastNode) => {
    const found = headings(tree);
    const levels = [...new Set(found.map((h) => Number(HEADING.exec(h.tagName ?? '')?.[1])))].sort(
      (a, b) => a - b,
    );
    for (const heading of found) {
      const level = Number(HEADING.exec(heading.tagName ?? '')?.[1]);
      heading.tagName = `h${Math.min(6, 2 + levels.indexOf(level))}`;
    }
  };
}
