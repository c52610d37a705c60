// Markdown with TeX, rendered to HTML on the server (KaTeX): no math JavaScript reaches the browser.
import { renderMarkdown } from '@/lib/content/render';

export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
