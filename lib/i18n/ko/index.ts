// The Korean dictionary: the English keys in Korean, one module per area composed into one object.
import type { en } from '../en';
import { account } from './account';
import { cardPage, cards } from './cards';
import { figures } from './figures';
import { stats, transfer } from './progress';
import { errors, requests } from './requests';
import { scheduling, settings } from './settings';
import { concepts, home, practice, review, topics } from './study';

export const ko: typeof en = {
  appName: 'Backprop',
  tagline: '복습 한 번에 하나씩 익히는 딥러닝의 기초.',
  description:
    '개념 노트, 플래시카드, 연습 문제와 간격 반복으로 딥러닝의 기초를 한국어와 영어로 공부합니다.',
  nav: {
    home: '홈',
    review: '복습',
    practice: '연습',
    concepts: '개념',
    stats: '통계',
    cards: '카드',
    settings: '설정',
    account: '계정',
    menu: '주 메뉴',
  },
  language: { label: '언어', ko: '한국어', en: 'English' },
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
