// The one place the app inserts HTML: markup lib/content rendered on the server, where learner text is only ever a code span.
import type { JSX } from 'react';

/**
 * Inserts HTML from lib/content's renderer: Markdown with raw HTML dropped, KaTeX without `\href` or
 * other trusted commands, from the app's own content, exercises and messages. Text a learner typed
 * reaches it only inside a message, as a Markdown code span (`learnerText` in lib/exercises/messages).
 */
export function Html({
  html,
  as: Tag = 'div',
  className,
}: {
  html: string;
  as?: keyof JSX.IntrinsicElements;
  className?: string;
}) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from the app's own Markdown; learner text arrives only escaped, as a code span
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
