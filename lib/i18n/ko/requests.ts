// The Korean refusals of requests (and the issues they list) and the error pages.
import type * as english from '../en/requests';

export const requests: typeof english.requests = {
  notJson: '본문이 올바른 JSON이 아닙니다. 저장된 것은 없습니다.',
  crossOrigin: '다른 사이트나 출처에서 온 요청은 거부합니다. 저장된 것은 없습니다.',
  wrongHost:
    '이 앱은 이 컴퓨터로 보낸 요청(localhost, 127.0.0.1, [::1])에만 답합니다. 다른 이름으로 접속하려면 그 이름을 BACKPROP_ALLOWED_HOSTS에 적으세요.',
  notJsonType: '본문을 JSON으로 보내세요 (Content-Type: application/json). 저장된 것은 없습니다.',
  tooLarge: (size) => `본문이 ${size}보다 큽니다. 저장된 것은 없습니다.`,
  invalid: (detail) => `요청이 올바르지 않습니다 (${detail}). 저장된 것은 없습니다.`,
  cardNotFound: (cardId) => `${cardId}번 카드가 없습니다. 저장된 것은 없습니다.`,
  submissionNotFound: (id) => `ID가 ${id}인 내 제출 기록이 없습니다. 저장된 것은 없습니다.`,
  ratedAlready:
    '이 카드는 이미 평가했습니다 (다른 탭에서?). 페이지를 새로 고침한 뒤 계속하세요. 저장된 것은 없습니다.',
  cardSuspended:
    '이 카드는 보류되어 복습하지 않습니다. 먼저 카드 목록에서 보류를 해제하세요. 저장된 것은 없습니다.',
  notLatest: '가장 최근의 평가만 되돌릴 수 있습니다. 바뀐 것은 없습니다.',
  noChange: '되돌릴 변경이 없습니다 (이미 되돌렸습니까?). 바뀐 것은 없습니다.',
  changedSince:
    '그 뒤에 카드를 다시 평가했거나 바꿨습니다. 나중의 변경부터 되돌리세요. 바뀐 것은 없습니다.',
  unknownExercise: (id) => `이름이 ${id}인 연습 문제는 없습니다.`,
  attemptConflict:
    '이 답은 함께 보낸 문제가 아닌 다른 문제에 속합니다. 페이지를 새로 고침하세요. 저장된 것은 없습니다.',
  issues: {
    request: '요청',
    file: '파일',
    type: {
      number: '숫자여야 합니다',
      int: '정수여야 합니다',
      string: '문자열이어야 합니다',
      object: '객체여야 합니다',
      array: '목록이어야 합니다',
      boolean: '참이나 거짓이어야 합니다',
      other: '형식(타입)이 맞지 않습니다',
    },
    atLeast: (n) => `${n} 이상이어야 합니다`,
    moreThan: (n) => `${n}보다 커야 합니다`,
    atMost: (n) => `${n} 이하여야 합니다`,
    lessThan: (n) => `${n}보다 작아야 합니다`,
    minLength: (n) => `${n}자 이상이어야 합니다`,
    maxLength: (n) => `${n}자 이하여야 합니다`,
    minItems: (n) => `항목이 ${n}개 이상이어야 합니다`,
    maxItems: (n) => `항목이 ${n}개 이하여야 합니다`,
    oneOf: (values) => `다음 중 하나여야 합니다: ${values}`,
    unknownFields: (keys) => `알 수 없는 필드가 있습니다: ${keys}`,
    submissionId: '영문자, 숫자, -, _로 된 8~64자여야 합니다',
    day: '2026-03-02처럼 쓴 날짜여야 합니다',
    dateTime: '2026-03-02T09:00:00Z처럼 쓴 날짜와 시각이어야 합니다',
    format: '정해진 형식이 아닙니다',
    invalid: '올바르지 않습니다',
  },
};

export const errors: typeof english.errors = {
  notFound: '없는 페이지입니다.',
  badRequest: '요청을 이해하지 못했습니다.',
  unexpected: '서버에서 문제가 생겼습니다.',
  unexpectedHint:
    '이 페이지를 보여 주지 못했습니다. 저장된 학습 기록에는 영향이 없습니다. 다시 시도해 보고, 계속 이러면 아래 참조 번호와 함께 이 서버 관리자에게 알리세요.',
  retry: '다시 시도',
  home: '홈',
  reference: '참조 번호',
};
