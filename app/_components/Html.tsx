// The one place the app inserts HTML: markup it rendered itself on the server (Markdown and KaTeX from lib/content).
import type { JSX } from 'react';

export function Html({
  html,
  as: Tag = 'div',
  className,
}: {
  html: string;
  as?: keyof JSX.IntrinsicElements;
  className?: string;
}) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML is produced by our own renderer from our own content and exercises, never from user input
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
