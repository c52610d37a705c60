'use server';
// Server actions of the scheduling settings: save retention and leech threshold, reschedule, optimize.
import { revalidatePath } from 'next/cache';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { requestFit } from '@/lib/study/optimize';
import {
  rescheduleCards,
  type SchedulingOutcome,
  saveSchedulingSettings,
} from '@/lib/study/scheduling';

export async function saveSchedulingAction(
  _previous: SchedulingOutcome | null,
  formData: FormData,
): Promise<SchedulingOutcome> {
  const outcome = await saveSchedulingSettings({
    desiredRetention: formData.get('desiredRetention'),
    leechThreshold: formData.get('leechThreshold'),
  });
  if (outcome.ok) revalidatePath('/', 'layout');
  return outcome;
}

export async function rescheduleAction(
  _previous: { message: string } | null,
): Promise<{ message: string }> {
  const { rescheduled } = await rescheduleCards();
  revalidatePath('/', 'layout');
  return { message: messagesFor(await getLocale()).scheduling.rescheduled(rescheduled) };
}

export async function optimizeAction(): Promise<{ fitId: number }> {
  const outcome = await requestFit();
  revalidatePath('/settings');
  return outcome;
}
