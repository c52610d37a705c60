// The Better Auth instance of shared mode: e-mail and password accounts stored through Prisma, sessions
// in the database (so any number of app processes share them), scrypt password hashes (the library's).
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { type Db, dialectOf, getDb } from '../db/client';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, sharedSettings } from './settings';

function createAuth(db: Db, secure: boolean) {
  const settings = sharedSettings();
  return betterAuth({
    secret: settings.secret,
    database: prismaAdapter(db, {
      provider: dialectOf(db) === 'postgresql' ? 'postgresql' : 'sqlite',
    }),
    trustedOrigins: settings.trustedOrigins,
    emailAndPassword: {
      enabled: true,
      // A class server may have no mail server: accounts are usable at once.
      requireEmailVerification: false,
      autoSignIn: true,
      disableSignUp: settings.signUp === 'closed',
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    // An account is deleted by lib/study/account only, with its progress in one transaction; the
    // library's own endpoint would delete it in several.
    user: { deleteUser: { enabled: false } },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Sign-in attempts are limited per account and per address by lib/study/account (in the
    // database); the library's own limiter would keep its counts in this process's memory.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      // Secure cookies when the request came over HTTPS (directly or through a proxy that says so).
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    // Last, so the cookies a server action or route sets reach the response.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { backpropAuth?: Map<boolean, Auth> };

/** The auth instance for a request over HTTPS (`secure`) or plain HTTP, made once per process. */
export async function getAuth(secure: boolean): Promise<Auth> {
  globalForAuth.backpropAuth ??= new Map();
  const cached = globalForAuth.backpropAuth.get(secure);
  if (cached) return cached;
  const auth = createAuth(await getDb(), secure);
  globalForAuth.backpropAuth.set(secure, auth);
  return auth;
}

/** True when a request reached the app over HTTPS, as the server or the proxy in front reports it. */
export function isSecureRequest(headers: Headers): boolean {
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https';
}
