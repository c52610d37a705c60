// Server action: remember the learner's language for a year.
'use server';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/locale';

const localeForm = z.object({ locale: z.enum(LOCALES) });

export async function setLocale(formData: FormData): Promise<void> {
  const parsed = localeForm.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: false,
  });
  revalidatePath('/', 'layout');
}
