// The English words of the settings page: daily limits, the study day and FSRS scheduling.

export const settings = {
  title: 'Settings',
  intro: 'Daily limits and when your study day starts. Changes apply from the next card.',
  newPerDay: 'New cards a day',
  reviewsPerDay: 'Reviews a day',
  dayStartHour: 'A new day starts at (hour, 0-23)',
  timezone: 'Timezone',
  save: 'Save',
  saved: 'Saved.',
  invalid: {
    newPerDay: 'New cards a day must be a whole number from 0 to 9999.',
    reviewsPerDay: 'Reviews a day must be a whole number from 0 to 99999.',
    dayStartHour: 'The day starts at an hour from 0 to 23.',
    timezone: 'Choose a timezone from the list.',
  },
};

export const scheduling = {
  title: 'Scheduling',
  intro:
    'FSRS sets each interval from your memory of the card. Its parameters can be fitted to your own reviews.',
  desiredRetention: 'Desired retention (0.70–0.97)',
  retentionHelp:
    'The chance of remembering a card when it comes due. Higher means more reviews. Saving changes only intervals set from now on.',
  retentionError: 'Desired retention is a number from 0.70 to 0.97.',
  leechThreshold: 'Lapses that make a card a leech',
  leechError: 'The leech threshold is a whole number from 1 to 99.',
  save: 'Save scheduling',
  saved: 'Saved. Intervals already set stay as they are until you reschedule.',
  estimate: (perDay: string, retention: string) =>
    `At ${retention} retention you can expect about ${perDay} reviews a day over the next 30 days.`,
  reschedule: 'Reschedule cards',
  rescheduled: (n: number) => `${n} ${n === 1 ? 'card was' : 'cards were'} rescheduled.`,
  parameters: 'Parameters',
  usingFitted: 'Using parameters fitted to your reviews.',
  usingDefaults: 'Using the default parameters.',
  optimize: 'Optimize parameters',
  optimizeHelp:
    'Fits the parameters on your earlier reviews (80%) and compares them with the defaults on your later reviews (20%). They are adopted only when they predict better. This also runs by itself after every 1,000 new reviews. You can keep reviewing meanwhile.',
  running: (percent: string) => `Optimizing… ${percent}`,
  history: 'Fits',
  date: 'Date',
  trigger: 'Started by',
  triggers: { manual: 'you', auto: '1,000 new reviews' } as Record<string, string>,
  reviewsUsed: 'Reviews (fit / judged)',
  defaultLogLoss: 'Log loss, defaults',
  fittedLogLoss: 'Log loss, fitted',
  defaultRmse: 'RMSE (bins), defaults',
  fittedRmse: 'RMSE (bins), fitted',
  result: 'Result',
  adopted: 'Adopted',
  kept: 'Kept the parameters in use',
  failed: 'Failed',
  notEnough: 'Too little history yet',
  interrupted: 'Interrupted by a restart',
  runningStatus: 'Running',
  noFits: 'No fit yet.',
  lastFit: (defaults: string, fitted: string) =>
    `Last fit: log loss ${defaults} with the defaults, ${fitted} fitted.`,
};
