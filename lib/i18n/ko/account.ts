// The Korean words of shared mode: signing in and up, and the account page.
import type * as english from '../en/account';

export const account: typeof english.account = {
  signIn: '로그인',
  signUp: '회원 가입',
  signOut: '로그아웃',
  email: '이메일',
  password: '비밀번호',
  inviteCode: '초대 코드',
  signInTitle: '로그인',
  signUpTitle: '회원 가입',
  signInIntro: '여러 사람이 함께 쓰는 Backprop 서버입니다. 로그인해서 내 카드와 진도로 학습하세요.',
  signUpIntro: (min: number) =>
    `이 서버에 계정을 만듭니다. 이메일 주소와 ${min}자 이상의 비밀번호를 입력하세요. 이메일은 보내지 않습니다.`,
  noAccount: '아직 계정이 없나요?',
  haveAccount: '이미 계정이 있나요?',
  signUpClosed: '이 서버는 회원 가입을 받지 않습니다. 서버 운영자에게 계정을 요청하세요.',
  inviteNeeded: '이 서버에 가입하려면 초대 코드가 필요합니다. 서버 운영자에게 요청하세요.',
  title: '계정',
  signedInAs: (email: string) => `${email}(으)로 로그인되어 있습니다.`,
  changePassword: '비밀번호 변경',
  currentPassword: '현재 비밀번호',
  newPassword: '새 비밀번호',
  passwordChanged: '비밀번호를 변경했습니다. 다른 기기에서는 로그아웃되었습니다.',
  deleteAccount: '내 계정 삭제',
  deleteWarning:
    '계정과 모든 진도(카드, 평가, 답안, 설정)를 이 서버에서 삭제합니다. 남겨 두려면 먼저 진도를 내보내세요.',
  confirmPassword: '확인용 비밀번호',
  importHint:
    '로컬 모드에서 학습한 적이 있습니까? 로컬 앱의 통계 페이지에서 진도를 내보낸 뒤, 이 계정이 비어 있을 때 여기 통계 페이지에서 그 파일을 가져오세요.',
  refused: {
    invalid: '이메일 주소와 비밀번호를 입력하세요.',
    passwordLength: (min: number, max: number) => `비밀번호는 ${min}자에서 ${max}자 사이입니다.`,
    wrongCredentials: '이메일 또는 비밀번호가 틀렸습니다.',
    tooMany: '로그인 시도가 너무 많습니다. 15분 뒤에 다시 시도하세요.',
    signUpClosed: '이 서버는 회원 가입을 받지 않습니다.',
    wrongInvite: '초대 코드가 틀렸습니다.',
    taken: '이 이메일로 만든 계정이 이미 있습니다. 로그인하세요.',
    wrongPassword: '비밀번호가 틀렸습니다. 바뀐 것은 없습니다.',
    signInRequired: '먼저 로그인하세요.',
  },
};
