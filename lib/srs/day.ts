// Study days: which day a moment counts for, given the learner's timezone and the hour a day starts.

/** A calendar day as `YYYY-MM-DD`. */
export type DayKey = string;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA timezone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Adds whole days to a day key. @example addDays('2026-02-28', 1) // '2026-03-01' */
export function addDays(day: DayKey, days: number): DayKey {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The study day a moment belongs to: before `dayStartHour` local time it still counts for the day before.
 * @example studyDay(new Date('2026-03-02T02:30:00Z'), 'UTC', 4) // '2026-03-01'
 */
export function studyDay(instant: Date, timeZone: string, dayStartHour: number): DayKey {
  const local = localParts(instant, timeZone);
  const calendar = `${String(local.year).padStart(4, '0')}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
  return local.hour < dayStartHour ? addDays(calendar, -1) : calendar;
}

/** Milliseconds the timezone is ahead of UTC at an instant. */
function offsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a study day begins: `dayStartHour`:00 local time on that date. */
export function startOfStudyDay(day: DayKey, timeZone: string, dayStartHour: number): Date {
  const [y, m, d] = day.split('-').map(Number);
  const wallClock = Date.UTC(y, m - 1, d, dayStartHour);
  let guess = wallClock - offsetMs(new Date(wallClock), timeZone);
  guess = wallClock - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The instant the study day containing `instant` ends (the next day's start). */
export function endOfStudyDay(instant: Date, timeZone: string, dayStartHour: number): Date {
  return startOfStudyDay(
    addDays(studyDay(instant, timeZone, dayStartHour), 1),
    timeZone,
    dayStartHour,
  );
}
