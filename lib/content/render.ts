// Server-side Markdown + TeX to HTML (unified, remark-math, rehype-katex), memoised by input.
import katex from 'katex';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex)
  .use(rehypeStringify)
  .freeze();

const MAX_ENTRIES = 5000;
const blockCache = new Map<string, string>();
const inlineCache = new Map<string, string>();
const texCache = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, make: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

/** Markdown with `$...$` and `$$...$$` TeX -> HTML with KaTeX markup (needs katex.css on the page). */
export function renderMarkdown(markdown: string): string {
  return remember(blockCache, markdown, () => String(processor.processSync(markdown)));
}

/**
 * Like `renderMarkdown`, for short text such as a card face or an exercise prompt:
 * when the result is a single paragraph, its outer `<p>` is removed.
 */
export function renderInline(markdown: string): string {
  return remember(inlineCache, markdown, () => {
    const html = renderMarkdown(markdown).trim();
    const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
    if (single && !single[1].includes('<p>') && !single[1].includes('</p>')) return single[1];
    return html;
  });
}

/** One TeX formula -> KaTeX HTML; a bad formula shows as red source text instead of throwing. */
export function renderTex(tex: string, displayMode: boolean): string {
  return remember(texCache, `${displayMode ? 'D' : 'I'}${tex}`, () =>
    katex.renderToString(tex, { displayMode, throwOnError: false }),
  );
}
