// The root layout: language, navigation, KaTeX's stylesheet and the Korean typeface (both bundled, served by the app) and the theme.
import 'katex/dist/katex.min.css';
// Noto Sans KR, regular weight, in unicode-range slices: a page downloads only the slices its text uses.
import '@fontsource/noto-sans-kr/400.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { currentSessionUser } from '@/lib/auth/session';
import { isSharedMode } from '@/lib/auth/settings';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { type NavAccount, NavBar } from './_components/NavBar';

/** What the navigation shows of the account: nothing in local mode. */
async function navAccount(): Promise<NavAccount> {
  if (!isSharedMode()) return { shared: false };
  return { shared: true, signedIn: (await currentSessionUser()) !== null };
}

/** The title pattern and the description, in the learner's language. */
export async function generateMetadata(): Promise<Metadata> {
  const t = messagesFor(await getLocale());
  return {
    title: { default: t.appName, template: `%s · ${t.appName}` },
    description: t.description,
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181d' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, account] = await Promise.all([getLocale(), navAccount()]);
  return (
    <html lang={locale}>
      <body>
        <NavBar locale={locale} account={account} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
