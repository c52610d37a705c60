// Server-side Markdown + TeX to HTML (unified, remark-math, rehype-katex), memoized by input.
import katex from 'katex';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeGloss } from './gloss';
import { rehypeHeadingLevels } from './heading-levels';
import { rehypeLanguageParts } from './language-parts';

type MdNode = {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number } };
  [key: string]: unknown;
};

/**
 * remark-math reads `$$x$$` written on one line as inline math. A paragraph holding only such a
 * formula is meant as display math, so it becomes a `math` node (what a fenced `$$` block gives).
 */
function remarkOneLineDisplayMath() {
  return (tree: object, file: { value: unknown }) => {
    const source = String(file.value);
    const walk = (node: MdNode): void => {
      for (const child of node.children ?? []) {
        const only =
          child.type === 'paragraph' && child.children?.length === 1 && child.children[0];
        const offset = only ? only.position?.start.offset : undefined;
        if (only && only.type === 'inlineMath' && offset !== undefined) {
          if (source.startsWith('$$', offset)) {
            const value = only.value ?? '';
            for (const key of Object.keys(child)) delete child[key];
            Object.assign(child, {
              type: 'math',
              meta: null,
              value,
              data: {
                hName: 'pre',
                hChildren: [
                  {
                    type: 'element',
                    tagName: 'code',
                    properties: { className: ['language-math', 'math-display'] },
                    children: [{ type: 'text', value }],
                  },
                ],
              },
            });
          }
        }
        walk(child);
      }
    };
    walk(tree as MdNode);
  };
}

/** Markdown with math to HTML; `gloss` adds each glossary term's English at its first use. */
function pipeline(gloss: boolean) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMath)
      .use(remarkOneLineDisplayMath)
      .use(remarkRehype)
      .use(rehypeHeadingLevels)
      .use(rehypeLanguageParts)
      .use(gloss ? rehypeGloss : () => undefined)
      // MathML beside the HTML: screen readers read the formula, not KaTeX's glyph boxes.
      .use(rehypeKatex, { output: 'htmlAndMathml' })
      .use(rehypeStringify)
      .freeze()
  );
}

const processor = pipeline(false);

/** The same pipeline for a Korean concept note, with each term's English shown at its first use. */
const koreanNoteProcessor = pipeline(true);

const MAX_ENTRIES = 5000;
const blockCache = new Map<string, string>();
const inlineCache = new Map<string, string>();
const noteCache = new Map<string, string>();
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
 * A concept note's body as HTML. In Korean, the first use of each glossary term is followed by its
 * English term (`<span lang="en" class="gloss">`), so a learner meets both names once.
 */
export function renderNote(markdown: string, locale: 'ko' | 'en'): string {
  if (locale === 'en') return renderMarkdown(markdown);
  return remember(noteCache, markdown, () => String(koreanNoteProcessor.processSync(markdown)));
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
    katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml' }),
  );
}
