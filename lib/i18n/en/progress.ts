// The English words of the progress page: statistics, and exporting and importing progress.

export const stats = {
  title: 'Progress',
  heatmap: 'Reviews per day',
  retention: 'True retention',
  forecast: 'Due in the next 30 days',
  mastery: 'Accuracy and mastery per topic',
  streak: 'Study streak',
  days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
  period: { week: 'Last 7 days', month: 'Last 30 days', year: 'Last 365 days', all: 'All time' },
  reviews: 'Reviews',
  noData: 'No data yet',
  accuracy: 'Accuracy',
  masteryLabel: 'Mastered cards',
  topic: 'Topic',
  export: 'Export progress (JSON)',
  import: 'Import progress',
  importButton: 'Import',
  importHelp: 'Restores an exported file into an empty profile.',
};

export const transfer = {
  imported: (cards: number, reviews: number, attempts: number) =>
    `Imported ${cards} cards, ${reviews} reviews and ${attempts} attempts.`,
  refused: (reason: string) => `${reason} Nothing was imported.`,
  version: (found: string, expected: number) =>
    `Unsupported export version ${found}: this app reads version ${expected}.`,
  notExport: (detail: string) => `Not a Backprop export (${detail}).`,
  timezone: (timezone: string) => `Unknown timezone ${timezone}.`,
  duplicateCard: (card: string) => `Card ${card} appears twice.`,
  duplicateSubmission: (id: string) => `Submission id ${id} appears twice.`,
  unknownCard: (id: string) => `Review ${id} refers to a card the file does not contain.`,
  memoryState: (card: string, stability: number, difficulty: number) =>
    `Card ${card} has a memory state FSRS cannot schedule (stability ${stability}, difficulty ${difficulty}).`,
  future: (card: string, date: string) =>
    `Card ${card} has a review dated ${date}, later than now.`,
  notEmpty: 'This profile already has progress: import only restores into an empty profile.',
  taken:
    'The ratings or answers of this file are stored in another profile on this server already.',
  tooLarge: (size: string) =>
    `The file is larger than ${size}, more than any export of this app. Nothing was imported.`,
  busy: 'This server is importing another file. Try again in a minute. Nothing was imported.',
};
