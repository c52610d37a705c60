// The English dictionary: the areas composed into one object; its shape is the Messages type.
import { account } from './account';
import { cardPage, cards } from './cards';
import { figures } from './figures';
import { stats, transfer } from './progress';
import { errors, requests } from './requests';
import { scheduling, settings } from './settings';
import { concepts, home, practice, review, topics } from './study';

export const en = {
  appName: 'Backprop',
  tagline: 'The fundamentals of deep learning, one review at a time.',
  /** What a search engine or a shared link shows of the app. */
  description:
    'Study the fundamentals of deep learning with concept notes, flashcards, exercises and spaced repetition, in Korean and English.',
  nav: {
    home: 'Home',
    review: 'Review',
    practice: 'Practice',
    concepts: 'Concepts',
    stats: 'Stats',
    cards: 'Cards',
    settings: 'Settings',
    account: 'Account',
    /** The name of the main navigation, for screen readers. */
    menu: 'Main',
  },
  language: { label: 'Language', ko: '한국어', en: 'English' },
  home,
  topics,
  concepts,
  figures,
  practice,
  review,
  stats,
  settings,
  requests,
  transfer,
  scheduling,
  cards,
  cardPage,
  account,
  errors,
};
