// The document title of a top-level page, in the learner's language.
import type { Metadata } from 'next';
import { type Messages, messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';

/** `generateMetadata` for a page named in the navigation. */
export function navTitle(part: keyof Messages['nav']): () => Promise<Metadata> {
  return async () => ({ title: messagesFor(await getLocale()).nav[part] });
}
