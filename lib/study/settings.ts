// Changing the learner's study settings: daily limits, the hour a study day starts, the timezone.
import type { Locale } from '../i18n/locale';
import { currentLearner } from './learner';
import { settingsFormSchema } from './schemas';

export type SettingsOutcome =
  | { ok: true }
  | {
      ok: false;
      fieldErrors: Partial<
        Record<'newPerDay' | 'reviewsPerDay' | 'dayStartHour' | 'timezone', string>
      >;
    };

const messages = {
  newPerDay: {
    en: 'New cards a day must be a whole number from 0 to 9999.',
    ko: '하루 새 카드 수는 0에서 9999 사이의 정수여야 합니다.',
  },
  reviewsPerDay: {
    en: 'Reviews a day must be a whole number from 0 to 99999.',
    ko: '하루 복습 수는 0에서 99999 사이의 정수여야 합니다.',
  },
  dayStartHour: {
    en: 'The day starts at an hour from 0 to 23.',
    ko: '하루 시작 시각은 0에서 23 사이여야 합니다.',
  },
  timezone: { en: 'Choose a timezone from the list.', ko: '목록에서 시간대를 고르세요.' },
} as const;

/** Validates and saves the settings; on a bad field nothing is saved and each bad field gets a message. */
export async function saveSettings(raw: unknown, locale: Locale): Promise<SettingsOutcome> {
  const parsed = settingsFormSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Extract<SettingsOutcome, { ok: false }>['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in messages) {
        fieldErrors[field as keyof typeof messages] =
          messages[field as keyof typeof messages][locale];
      }
    }
    return { ok: false, fieldErrors };
  }
  const { db, learner } = await currentLearner();
  await db.learner.update({ where: { id: learner.id }, data: parsed.data });
  return { ok: true };
}
