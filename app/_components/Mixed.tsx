// Text of the learner's language that may hold English terms: in Korean, each English run gets lang="en".

import { languageRuns } from '@/lib/i18n/language-runs';
import type { Locale } from '@/lib/i18n/locale';

export function Mixed({ text, locale }: { text: string; locale: Locale }) {
  if (locale !== 'ko') return text;
  return languageRuns(text).map((run, i) =>
    run.lang ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one fixed string, in order
      <span key={i} lang={run.lang}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
