'use server';
// Server action: save the learner's study settings (validated with zod; nothing saved on an error).
import { revalidatePath } from 'next/cache';
import { getLocale } from '@/lib/i18n/server';
import { type SettingsOutcome, saveSettings } from '@/lib/study/settings';

export async function saveSettingsAction(
  _previous: SettingsOutcome | null,
  formData: FormData,
): Promise<SettingsOutcome> {
  const outcome = await saveSettings(
    {
      newPerDay: formData.get('newPerDay'),
      reviewsPerDay: formData.get('reviewsPerDay'),
      dayStartHour: formData.get('dayStartHour'),
      timezone: formData.get('timezone'),
    },
    await getLocale(),
  );
  if (outcome.ok) revalidatePath('/', 'layout');
  return outcome;
}
