// Card text for Anki: Markdown to HTML with math left for Anki's MathJax (`\(…\)` inline, `\[…\]`
// display), and cloze deletions written as `{{c1::…}}`.
import type { Nodes } from 'mdast';
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
  .use(remarkRehype, {
    handlers: {
      inlineMath: (_state: unknown, node: Nodes & { value: string }) => ({
        type: 'text',
        value: `\\(${node.value}\\)`,
      }),
      math: (_state: unknown, node: Nodes & { value: string }) => ({
        type: 'text',
        value: `\\[${node.value}\\]`,
      }),
    },
  } as never)
  .use(rehypeStringify);

/** Markdown with `$…$` / `$$…$$` math as Anki field HTML; a lone paragraph loses its `<p>`. */
export function ankiHtml(markdown: string): string {
  const html = String(processor.processSync(markdown)).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1].includes('<p>') ? single[1] : html;
}

const OPEN = 'CLOZEOPENMARK';
const CLOSE = 'CLOZECLOSEMARK';

/**
 * A cloze text as an Anki Cloze field: `before {{c1::hidden}} after`. Inside the deletion, TeX's `}}`
 * becomes `} }` (same TeX), since Anki would end the deletion at the first `}}`.
 */
export function ankiCloze(before: string, hidden: string, after: string): string {
  const html = ankiHtml(`${before}${OPEN}${hidden}${CLOSE}${after}`);
  const start = html.indexOf(OPEN);
  const end = html.indexOf(CLOSE);
  let inner = html.slice(start + OPEN.length, end);
  while (inner.includes('}}')) inner = inner.replaceAll('}}', '} }');
  return `${html.slice(0, start)}{{c1::${inner}}}${html.slice(end + CLOSE.length)}`;
}
