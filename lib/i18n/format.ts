// Numbers, intervals and dates written the way each language writes them.
import type { Locale } from './locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A short interval label for a rating button.
 * @example formatInterval(3 * 86_400_000, 'en') // '3d'
 */
export function formatInterval(ms: number, locale: Locale): string {
  const units =
    locale === 'ko'
      ? { m: '분', h: '시간', d: '일', mo: '개월', y: '년' }
      : { m: 'm', h: 'h', d: 'd', mo: 'mo', y: 'y' };
  const round = (value: number) => (value < 10 ? Math.round(value * 10) / 10 : Math.round(value));
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}${units.m}`;
  if (ms < DAY) return `${round(ms / HOUR)}${units.h}`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)}${units.d}`;
  if (ms < 365 * DAY) return `${round(ms / (30 * DAY))}${units.mo}`;
  return `${round(ms / (365 * DAY))}${units.y}`;
}

/** A date and time in the learner's language and timezone. */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** A percentage with no decimals, or a dash when there is nothing to divide. */
export function formatPercent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';
}

/**
 * A size limit in kilobytes or megabytes (binary: 1 kB = 1024 bytes), the same in both languages.
 * @example formatSize(64 * 1024) // '64 kB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * A value a figure's description reads out: at most `digits` decimals, a true minus sign.
 * @example formatDecimal(-0.12345) // '−0.12'
 */
export function formatDecimal(value: number, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  const text = new Intl.NumberFormat('en-US', {
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(Math.abs(rounded));
  return rounded < 0 ? `−${text}` : text;
}

/** A point (x, y) written with {@link formatDecimal}. @example formatPoint([-8, 2.5]) // '(−8, 2.5)' */
export function formatPoint(point: readonly number[], digits = 2): string {
  return `(${point.map((v) => formatDecimal(v, digits)).join(', ')})`;
}
