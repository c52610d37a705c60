// The web app manifest (/manifest.webmanifest): name, colours and icons for installing the app.
import type { MetadataRoute } from 'next';
import { messagesFor } from '@/lib/i18n/messages';

export default function manifest(): MetadataRoute.Manifest {
  const t = messagesFor('en');
  return {
    name: t.appName,
    short_name: t.appName,
    description: t.tagline,
    lang: 'en',
    start_url: '/',
    display: 'standalone',
    background_color: '#fafaf7',
    theme_color: '#3056d3',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/favicon.ico', sizes: '16x16 32x32 48x48', type: 'image/x-icon' },
    ],
  };
}
