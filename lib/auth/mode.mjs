// Which mode the app runs in (local: one learner, no sign-in; shared: accounts) and the settings of
// shared mode, read from the environment. Plain JavaScript so `npm start` checks them before serving.

/** Shortest session secret accepted: 32 characters, as `openssl rand -base64 32` prints 44. */
export const MIN_SECRET_LENGTH = 32;

/**
 * The mode named by BACKPROP_MODE: 'local' when unset or blank, 'shared', or null for anything else.
 * @param {Record<string, string | undefined>} [env]
 * @returns {'local' | 'shared' | null}
 */
export function appMode(env = process.env) {
  const value = env.BACKPROP_MODE?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'local') return 'local';
  if (value === 'shared') return 'shared';
  return null;
}

/**
 * Why the app must not start with these settings (one line), or null when it may.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
export function modeRefusal(env = process.env) {
  const mode = appMode(env);
  if (mode === null) {
    return `Refusing BACKPROP_MODE=${env.BACKPROP_MODE}: it is either local (the default: one learner, no sign-in, this machine only) or shared (accounts, with AUTH_SECRET).`;
  }
  if (mode === 'local') return null;
  const secret = env.AUTH_SECRET?.trim() ?? '';
  if (secret.length < MIN_SECRET_LENGTH) {
    return `Refusing to start shared mode (BACKPROP_MODE=shared) without a session secret: set AUTH_SECRET to at least ${MIN_SECRET_LENGTH} random characters (for example the output of openssl rand -base64 32).`;
  }
  const signUp = env.BACKPROP_SIGN_UP?.trim().toLowerCase() ?? '';
  if (signUp !== '' && signUp !== 'open' && signUp !== 'closed') {
    return `Refusing BACKPROP_SIGN_UP=${env.BACKPROP_SIGN_UP}: it is open (the default) or closed; to ask for an invite code, set BACKPROP_INVITE_CODE.`;
  }
  return null;
}
