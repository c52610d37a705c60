// The English words of shared mode: signing in and up, and the account page.

export const account = {
  signIn: 'Sign in',
  signUp: 'Sign up',
  signOut: 'Sign out',
  email: 'Email',
  password: 'Password',
  inviteCode: 'Invite code',
  signInTitle: 'Sign in',
  signUpTitle: 'Sign up',
  signInIntro: 'This Backprop server is shared: sign in to study with your own cards and progress.',
  signUpIntro: (min: number) =>
    `Make an account on this server: your e-mail address and a password of at least ${min} characters. No e-mail is sent.`,
  noAccount: 'No account yet?',
  haveAccount: 'Have an account already?',
  signUpClosed: 'Sign-up is closed on this server: ask whoever runs it for an account.',
  inviteNeeded: 'This server asks for an invite code: ask whoever runs it.',
  title: 'Account',
  signedInAs: (email: string) => `Signed in as ${email}.`,
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  passwordChanged: 'Password changed. Other devices were signed out.',
  deleteAccount: 'Delete my account',
  deleteWarning:
    'Deletes the account and all its progress (cards, ratings, answers, settings) from this server. Export your progress first if you want to keep it.',
  confirmPassword: 'Password to confirm',
  importHint:
    'Studied in local mode before? Export from the local app (Stats → Export progress) and import the file on Stats here while this account is still empty.',
  refused: {
    invalid: 'Enter an e-mail address and a password.',
    passwordLength: (min: number, max: number) => `A password has ${min} to ${max} characters.`,
    wrongCredentials: 'The e-mail or password is wrong.',
    tooMany: 'Too many sign-in attempts. Wait 15 minutes and try again.',
    signUpClosed: 'Sign-up is closed on this server.',
    wrongInvite: 'That invite code is wrong.',
    taken: 'An account with this e-mail exists already: sign in instead.',
    wrongPassword: 'The password is wrong. Nothing was changed.',
    signInRequired: 'Sign in first.',
  },
};
