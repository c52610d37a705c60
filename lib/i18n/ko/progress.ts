// The Korean words of the progress page: statistics, and exporting and importing progress.
import type * as english from '../en/progress';
import { withParticle } from '../particle';

export const stats: typeof english.stats = {
  title: '학습 현황',
  heatmap: '일별 복습 수',
  retention: '실제 기억 유지율',
  forecast: '앞으로 30일 동안 예정된 복습',
  mastery: '주제별 정답률과 숙달도',
  streak: '연속 학습',
  days: (n) => `${n}일`,
  period: { week: '최근 7일', month: '최근 30일', year: '최근 365일', all: '전체' },
  reviews: '복습',
  noData: '아직 데이터가 없습니다',
  accuracy: '정답률',
  masteryLabel: '숙달한 카드',
  topic: '주제',
  export: '진도 내보내기 (JSON)',
  import: '진도 가져오기',
  importButton: '가져오기',
  importHelp: '내보낸 파일을 빈 프로필에 복원합니다.',
};

export const transfer: typeof english.transfer = {
  imported: (cards, reviews, attempts) =>
    `카드 ${cards}장, 복습 ${reviews}건, 풀이 ${attempts}건을 가져왔습니다.`,
  refused: (reason) => `${reason} 아무것도 가져오지 않았습니다.`,
  version: (found, expected) =>
    `지원하지 않는 내보내기 버전 ${found}입니다. 이 앱은 버전 ${withParticle(String(expected), '을')} 읽습니다.`,
  notExport: (detail) => `Backprop에서 내보낸 파일이 아닙니다 (${detail}).`,
  timezone: (timezone) => `알 수 없는 시간대 ${timezone}입니다.`,
  duplicateCard: (card) => `카드 ${card}이(가) 두 번 나옵니다.`,
  duplicateSubmission: (id) => `제출 id ${id}이(가) 두 번 나옵니다.`,
  unknownCard: (id) => `복습 ${id}이(가) 파일에 없는 카드를 가리킵니다.`,
  memoryState: (card, stability, difficulty) =>
    `카드 ${card}의 기억 상태(안정성 ${stability}, 난이도 ${difficulty})로는 FSRS가 일정을 잡을 수 없습니다.`,
  future: (card, date) => `카드 ${card}에 지금보다 늦은 복습 날짜(${date})가 있습니다.`,
  notEmpty: '이 프로필에는 이미 학습 기록이 있습니다. 가져오기는 빈 프로필에만 복원합니다.',
  taken: '이 파일의 평가나 답안은 이미 이 서버의 다른 프로필에 저장되어 있습니다.',
  tooLarge: (size) =>
    `파일이 ${size}보다 큽니다. 이 앱이 내보내는 파일은 이만큼 크지 않습니다. 아무것도 가져오지 않았습니다.`,
  busy: '이 서버가 다른 파일을 가져오는 중입니다. 잠시 뒤 다시 시도하세요. 아무것도 가져오지 않았습니다.',
};
