'use server';
// Server action: check an answer (the expected value never leaves the server before this).
import { revalidatePath } from 'next/cache';
import { getLocale } from '@/lib/i18n/server';
import { type CheckOutcome, type PartsOutcome, submitAnswer, submitParts } from '@/lib/study/check';

export async function checkAction(payload: unknown): Promise<CheckOutcome> {
  const outcome = await submitAnswer(payload, await getLocale());
  if (outcome.ok && outcome.stored) revalidatePath('/practice');
  return outcome;
}

export async function checkPartsAction(payload: unknown): Promise<PartsOutcome> {
  const outcome = await submitParts(payload, await getLocale());
  if (outcome.ok && outcome.stored) revalidatePath('/practice');
  return outcome;
}
