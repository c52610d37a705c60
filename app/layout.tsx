// The root layout: language, navigation, KaTeX's stylesheet and the Korean typeface (both bundled, served by the app) and the theme.
import 'katex/dist/katex.min.css';
// Noto Sans KR, regular weight, in unicode-range slices: a page downloads only the slices its text uses.
import '@fontsource/noto-sans-kr/400.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from '@/lib/i18n/server';
import { NavBar } from './_components/NavBar';

export const metadata: Metadata = {
  title: { default: 'Backprop', template: '%s · Backprop' },
  description: 'Study the fundamentals of deep learning with notes, flashcards and exercises.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181d' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NavBar locale={locale} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
