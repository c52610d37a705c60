// The Korean words of the settings page: daily limits, the study day and FSRS scheduling.
import type * as english from '../en/settings';

export const settings: typeof english.settings = {
  title: '설정',
  intro: '하루 한도와 학습일이 시작되는 시각을 정합니다. 바꾼 설정은 다음 카드부터 적용됩니다.',
  newPerDay: '하루 새 카드 수',
  reviewsPerDay: '하루 복습 수',
  dayStartHour: '하루가 시작되는 시각 (0~23시)',
  timezone: '시간대',
  save: '저장',
  saved: '저장했습니다.',
  invalid: {
    newPerDay: '하루 새 카드 수는 0에서 9999 사이의 정수여야 합니다.',
    reviewsPerDay: '하루 복습 수는 0에서 99999 사이의 정수여야 합니다.',
    dayStartHour: '하루 시작 시각은 0에서 23 사이여야 합니다.',
    timezone: '목록에서 시간대를 고르세요.',
  },
};

export const scheduling: typeof english.scheduling = {
  title: '일정',
  intro:
    'FSRS는 카드를 얼마나 잘 기억하는지에 따라 복습 간격을 정합니다. FSRS의 매개변수는 내 복습 기록에 맞출 수 있습니다.',
  desiredRetention: '목표 기억률 (0.70–0.97)',
  retentionHelp:
    '복습할 때가 된 카드를 기억하고 있을 확률입니다. 높을수록 복습이 늘어납니다. 저장하면 앞으로 정해지는 간격만 바뀝니다.',
  retentionError: '목표 기억률은 0.70에서 0.97 사이의 수여야 합니다.',
  leechThreshold: '‘자꾸 잊는 카드’로 표시할 잊은 횟수',
  leechError: '‘자꾸 잊는 카드’의 기준은 1에서 99 사이의 정수여야 합니다.',
  save: '일정 저장',
  saved: '저장했습니다. 이미 정해진 간격은 다시 일정을 잡을 때까지 그대로입니다.',
  estimate: (perDay: string, retention: string) =>
    `기억률 ${retention}이면 앞으로 30일 동안 하루 약 ${perDay}번 복습하게 됩니다.`,
  reschedule: '카드 일정 다시 잡기',
  rescheduled: (n: number) => `카드 ${n}장의 일정을 다시 잡았습니다.`,
  parameters: '매개변수',
  usingFitted: '내 복습 기록에 맞춘 매개변수를 쓰고 있습니다.',
  usingDefaults: '기본 매개변수를 쓰고 있습니다.',
  optimize: '매개변수 최적화',
  optimizeHelp:
    '이전 복습(80%)으로 매개변수를 맞추고, 최근 복습(20%)에서 기본값과 비교합니다. 더 잘 예측할 때만 채택합니다. 새 복습이 1,000번 쌓일 때마다 자동으로도 실행됩니다. 실행 중에도 계속 복습할 수 있습니다.',
  running: (percent: string) => `최적화 중… ${percent}`,
  history: '맞춤 기록',
  date: '날짜',
  trigger: '실행 계기',
  triggers: { manual: '직접', auto: '새 복습 1,000번' } as Record<string, string>,
  reviewsUsed: '복습 (맞춤 / 평가)',
  defaultLogLoss: '로그 손실, 기본값',
  fittedLogLoss: '로그 손실, 맞춘 값',
  defaultRmse: 'RMSE (구간), 기본값',
  fittedRmse: 'RMSE (구간), 맞춘 값',
  result: '결과',
  adopted: '채택',
  kept: '쓰던 매개변수 유지',
  failed: '실패',
  notEnough: '아직 기록이 부족함',
  interrupted: '재시작으로 중단됨',
  runningStatus: '실행 중',
  noFits: '아직 맞춘 적이 없습니다.',
  lastFit: (defaults: string, fitted: string) =>
    `마지막 맞춤: 로그 손실 기본값 ${defaults}, 맞춘 값 ${fitted}.`,
};
