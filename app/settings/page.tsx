// /settings: daily limits, the hour a study day starts, and the timezone that decides it.
import { navTitle } from '@/app/_components/page-title';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { currentLearner } from '@/lib/study/learner';
import { SettingsForm } from './SettingsForm';

export const dynamic = 'force-dynamic';
export const generateMetadata = navTitle('settings');

export default async function SettingsPage() {
  const [locale, { learner }] = await Promise.all([getLocale(), currentLearner()]);
  const t = messagesFor(locale);
  const timezones = Intl.supportedValuesOf('timeZone');
  if (!timezones.includes(learner.timezone)) timezones.unshift(learner.timezone);
  return (
    <>
      <h1>{t.settings.title}</h1>
      <p className="muted">{t.settings.intro}</p>
      <SettingsForm values={learner} labels={t.settings} timezones={timezones} />
    </>
  );
}
