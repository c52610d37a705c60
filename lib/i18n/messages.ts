// Every word of the interface, in English and Korean; pages pick one dictionary by locale.

import { en } from './en';
import { ko } from './ko';
import type { Locale } from './locale';

export type Messages = typeof en;

const dictionaries: Record<Locale, Messages> = { en, ko };

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}

/** One message in both languages, for answers (JSON, action results) the client shows in its own. */
export function inBothLanguages(pick: (messages: Messages) => string): Record<Locale, string> {
  return { ko: pick(ko), en: pick(en) };
}
