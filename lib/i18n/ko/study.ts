// The Korean words of studying: the home page, topic names, concept notes, practice and review.
import type * as english from '../en/study';
import { withParticle } from '../particle';

export const home: typeof english.home = {
  dueToday: '오늘 복습',
  newToday: '오늘 새 카드',
  cardsDue: (n) => `복습할 카드 ${n}장`,
  newAvailable: (n) => `새 카드 ${n}장`,
  startReview: '복습 시작',
  nothingDue: '지금 복습할 카드가 없습니다.',
  parts: {
    review: '플래시카드와 연습 문제 기술을 FSRS가 정한 간격으로 복습합니다.',
    practice: '끝없이 생성되는 연습 문제를 채점하고 풀이를 보여 줍니다.',
    concepts: '모든 개념을 수식과 그림으로 설명한 노트입니다.',
    stats: '일별 복습, 기억 유지율, 복습 예정, 숙달도로 학습 현황을 봅니다.',
  },
};

export const topics: typeof english.topics = {
  foundations: '기초',
  activations: '활성화 함수',
  losses: '손실 함수',
  optimization: '최적화',
  backpropagation: '역전파',
  overfitting: '과적합',
  regularization: '규제',
  normalization: '정규화',
};

export const concepts: typeof english.concepts = {
  title: '개념',
  cards: '카드',
  practise: '연습하기',
  related: '관련 개념',
  front: '질문',
  back: '답',
  cloze: '빈칸 채우기',
  figureActivation: (name) => `${withParticle(name, '과')} 그 미분`,
  figureOptimizers: '하나의 손실 곡면 위 다섯 옵티마이저의 경로',
  function: '함수',
  derivative: '미분',
};

export const practice: typeof english.practice = {
  title: '연습',
  intro: '기술을 고르세요. 모든 문제는 시드에서 생성되므로 링크로 같은 문제를 다시 볼 수 있습니다.',
  accuracy: '정답률',
  noAttempts: '아직 풀지 않음',
  level: '레벨',
  levelName: (level) => `레벨 ${level}`,
  answer: '답',
  answerFor: (quantity) => `${quantity} 답`,
  check: '채점',
  checkPart: (quantity) => `${quantity} 채점`,
  newProblem: '새 문제',
  correct: '정답',
  incorrect: '오답',
  invalid: '답이 아닙니다',
  exact: '정확한 값',
  solution: '풀이',
  diagnosis: '추정되는 실수',
  howToAnswer: '답 쓰는 법',
  choices: '보기',
  figureDescription: '그림 설명',
  whyThisChoice: '이유',
  items: '항목마다 고르기',
  linkToVariant: '이 문제 링크',
  checking: '채점 중…',
  checkAll: '모든 단계 채점',
  carriedForward: '앞 단계에서 틀린 값으로 계산하면 맞음',
  partsHint: '단계마다 따로 채점하거나 한꺼번에 채점하세요. Enter를 누르면 다음 칸으로 갑니다.',
};

export const review: typeof english.review = {
  title: '복습',
  showAnswer: '답 보기',
  ratings: { 1: '다시', 2: '어려움', 3: '알맞음', 4: '쉬움' },
  undo: '되돌리기',
  undone: '마지막 평가를 되돌렸습니다.',
  progress: (done, left) => `${done}장 완료, ${left}장 남음`,
  emptyTitle: '지금은 모두 끝났습니다',
  nextDue: (when) => `다음 카드는 ${when}에 예정되어 있습니다.`,
  nothingScheduled: '아직 예정된 카드가 없습니다. 연습하거나 내일 새 카드를 시작하세요.',
  limitReached: '오늘의 새 카드 한도에 도달했습니다.',
  suggested: '답에 따라 추천된 평가',
  skill: '연습 문제',
  concept: '플래시카드',
  keyboard: '단축키: Space 답 보기, 1–4 평가, Ctrl+Z 되돌리기.',
  saveError: '평가를 저장하지 못했습니다. 아무것도 바뀌지 않았으니 다시 시도하세요.',
  leech:
    '이 카드를 너무 자주 잊어서 ‘자꾸 잊는 카드’로 표시하고 보류했습니다. 카드를 고쳐 쓰거나 개념을 다시 공부한 뒤, 카드 목록에서 보류를 해제하세요.',
};
