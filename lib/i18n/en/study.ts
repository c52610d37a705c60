// The English words of studying: the home page, topic names, concept notes, practice and review.

export const home = {
  dueToday: 'Due today',
  newToday: 'New today',
  cardsDue: (n: number) => `${n} ${n === 1 ? 'card' : 'cards'} to review`,
  newAvailable: (n: number) => `${n} new ${n === 1 ? 'card' : 'cards'} available`,
  startReview: 'Start review',
  nothingDue: 'Nothing is due right now.',
  parts: {
    review: 'Spaced review of flashcards and exercise skills, scheduled by FSRS.',
    practice: 'Exercises generated without end, checked and explained.',
    concepts: 'Notes on every concept, with formulas and figures.',
    stats: 'Your progress: reviews per day, retention, forecast and mastery.',
  },
};

export const topics = {
  foundations: 'Foundations',
  activations: 'Activation functions',
  losses: 'Loss functions',
  optimization: 'Optimization',
  backpropagation: 'Backpropagation',
  overfitting: 'Overfitting',
  regularization: 'Regularization',
  normalization: 'Normalization',
};

export const concepts = {
  title: 'Concepts',
  cards: 'Cards',
  practise: 'Practise',
  related: 'Related concepts',
  front: 'Question',
  back: 'Answer',
  cloze: 'Fill in the blank',
  figureActivation: (name: string) => `${name} and its derivative`,
  figureOptimizers: 'Paths of five optimizers on one loss surface',
  function: 'function',
  derivative: 'derivative',
};

export const practice = {
  title: 'Practice',
  intro: 'Pick a skill. Every problem is generated from a seed, so a link reproduces it.',
  accuracy: 'Accuracy',
  noAttempts: 'Not tried yet',
  level: 'Level',
  levelName: (level: number) => `Level ${level}`,
  answer: 'Answer',
  answerFor: (quantity: string) => `Answer for ${quantity}`,
  check: 'Check',
  checkPart: (quantity: string) => `Check ${quantity}`,
  newProblem: 'New problem',
  correct: 'Correct',
  incorrect: 'Incorrect',
  invalid: 'Not an answer',
  exact: 'Exact value',
  solution: 'Worked solution',
  diagnosis: 'Likely mistake',
  howToAnswer: 'How to answer',
  choices: 'Options',
  figureDescription: 'What the figure shows',
  whyThisChoice: 'Why',
  items: 'Match each item',
  linkToVariant: 'Link to this problem',
  checking: 'Checking…',
  checkAll: 'Check all parts',
  carriedForward: 'Correct, with your earlier error carried forward',
  partsHint: 'Check each part on its own or all at once; Enter moves to the next box.',
};

export const review = {
  title: 'Review',
  showAnswer: 'Show answer',
  ratings: { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' },
  undo: 'Undo',
  undone: 'The last rating was taken back.',
  progress: (done: number, left: number) => `${done} done, ${left} left`,
  emptyTitle: 'All done for now',
  nextDue: (when: string) => `The next card is due ${when}.`,
  nothingScheduled: 'No card is scheduled yet: practise or add new cards tomorrow.',
  limitReached: 'The daily limit for new cards has been reached.',
  suggested: 'Suggested from your answer',
  skill: 'Exercise',
  concept: 'Flashcard',
  keyboard: 'Keys: Space shows the answer, 1–4 rate, Ctrl+Z undoes.',
  saveError: 'Could not save the rating. Nothing was changed; try again.',
  leech:
    'This card has lapsed too often: it is tagged a leech and suspended. Rewrite it or study its concept again, then unsuspend it in Cards.',
};
