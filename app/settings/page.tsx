// /settings: daily limits, the hour a study day starts, the timezone; desired retention, leeches and
// the FSRS parameters fitted to the learner.
import { navTitle } from '@/app/_components/page-title';
import { formatDateTime } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { currentLearner } from '@/lib/study/learner';
import { loadScheduling } from '@/lib/study/scheduling';
import { FitHistory } from './FitHistory';
import {
  OptimizeButton,
  RescheduleForm,
  SchedulingForm,
  type SchedulingLabels,
} from './SchedulingForms';
import { SettingsForm } from './SettingsForm';

export const dynamic = 'force-dynamic';
export const generateMetadata = navTitle('settings');

export default async function SettingsPage() {
  const [locale, { learner }] = await Promise.all([getLocale(), currentLearner()]);
  const scheduling = await loadScheduling();
  const t = messagesFor(locale);
  const s = t.scheduling;
  const labels: SchedulingLabels = {
    desiredRetention: s.desiredRetention,
    retentionHelp: s.retentionHelp,
    retentionError: s.retentionError,
    leechThreshold: s.leechThreshold,
    leechError: s.leechError,
    save: s.save,
    saved: s.saved,
    reschedule: s.reschedule,
    optimize: s.optimize,
    optimizeHelp: s.optimizeHelp,
    running: s.running('{percent}'),
  };
  const timezones = Intl.supportedValuesOf('timeZone');
  if (!timezones.includes(learner.timezone)) timezones.unshift(learner.timezone);
  return (
    <>
      <h1>{t.settings.title}</h1>
      <p className="muted">{t.settings.intro}</p>
      <SettingsForm values={learner} labels={t.settings} timezones={timezones} />
      <section className="panel" aria-labelledby="scheduling">
        <h2 id="scheduling">{s.title}</h2>
        <p className="muted">{s.intro}</p>
        <SchedulingForm values={scheduling} labels={labels} />
        <p data-testid="retention-estimate">
          {s.estimate(
            scheduling.reviewsPerDay.toFixed(scheduling.reviewsPerDay < 10 ? 1 : 0),
            scheduling.desiredRetention.toFixed(2),
          )}
        </p>
        <RescheduleForm labels={labels} />
      </section>
      <section className="panel" aria-labelledby="parameters">
        <h2 id="parameters">{s.parameters}</h2>
        <p>{scheduling.usesFittedParameters ? s.usingFitted : s.usingDefaults}</p>
        <OptimizeButton
          running={scheduling.running !== null}
          progress={scheduling.running?.progress ?? 0}
          labels={labels}
        />
        <h3>{s.history}</h3>
        <FitHistory
          fits={scheduling.fits}
          t={s}
          formatDate={(date) => formatDateTime(date, locale, learner.timezone)}
        />
      </section>
    </>
  );
}
