// Markdown with TeX, rendered to HTML on the server (KaTeX): no math JavaScript reaches the browser.

import { renderMarkdown, renderNote } from '@/lib/content/render';
import { Html } from './Html';

/** With `note`, the source is a concept note in that language (Korean terms get their English once). */
export function Markdown({
  source,
  className,
  note,
}: {
  source: string;
  className?: string;
  note?: 'ko' | 'en';
}) {
  return (
    <Html className={className} html={note ? renderNote(source, note) : renderMarkdown(source)} />
  );
}
