// Changing the learner's study settings: daily limits, the hour a study day starts, the timezone.
import type { Locale } from '../i18n/locale';
import { messagesFor } from '../i18n/messages';
import { currentLearner } from './learner';
import { settingsFormSchema } from './schemas';

export type SettingsOutcome =
  | { ok: true }
  | {
      ok: false;
      fieldErrors: Partial<Record<Field, string>>;
    };

const FIELDS = ['newPerDay', 'reviewsPerDay', 'dayStartHour', 'timezone'] as const;
type Field = (typeof FIELDS)[number];

function isField(value: unknown): value is Field {
  return (FIELDS as readonly unknown[]).includes(value);
}

/** Validates and saves the settings; on a bad field nothing is saved and each bad field gets a message. */
export async function saveSettings(raw: unknown, locale: Locale): Promise<SettingsOutcome> {
  const parsed = settingsFormSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Extract<SettingsOutcome, { ok: false }>['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (isField(field)) fieldErrors[field] = messagesFor(locale).settings.invalid[field];
    }
    return { ok: false, fieldErrors };
  }
  const { db, learner } = await currentLearner();
  await db.learner.update({ where: { id: learner.id }, data: parsed.data });
  return { ok: true };
}
