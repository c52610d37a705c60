// Markdown with TeX, rendered to HTML on the server (KaTeX): no math JavaScript reaches the browser.

import { renderMarkdown } from '@/lib/content/render';
import { Html } from './Html';

export function Markdown({ source, className }: { source: string; className?: string }) {
  return <Html className={className} html={renderMarkdown(source)} />;
}
