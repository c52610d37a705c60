// Study-day boundaries with fixed dates: the day start hour, timezones and DST.
import { describe, expect, it } from 'vitest';
import { addDays, endOfStudyDay, isValidTimeZone, startOfStudyDay, studyDay } from '@/lib/srs/day';

describe('studyDay', () => {
  it('counts the hours before the day start for the day before', () => {
    expect(studyDay(new Date('2026-03-02T03:59:00Z'), 'UTC', 4)).toBe('2026-03-01');
    expect(studyDay(new Date('2026-03-02T04:00:00Z'), 'UTC', 4)).toBe('2026-03-02');
  });

  it('uses the learner timezone', () => {
    // 20:00 UTC is 05:00 the next morning in Seoul (UTC+9).
    expect(studyDay(new Date('2026-03-01T20:00:00Z'), 'Asia/Seoul', 4)).toBe('2026-03-02');
    // 18:30 UTC is 03:30 in Seoul: still the previous study day.
    expect(studyDay(new Date('2026-03-01T18:30:00Z'), 'Asia/Seoul', 4)).toBe('2026-03-01');
  });

  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(studyDay(new Date('2027-01-01T02:00:00Z'), 'UTC', 4)).toBe('2026-12-31');
  });
});

describe('startOfStudyDay and endOfStudyDay', () => {
  it('finds the local start hour as an instant', () => {
    expect(startOfStudyDay('2026-03-02', 'Asia/Seoul', 4).toISOString()).toBe(
      '2026-03-01T19:00:00.000Z',
    );
    expect(endOfStudyDay(new Date('2026-03-02T12:00:00Z'), 'UTC', 4).toISOString()).toBe(
      '2026-03-03T04:00:00.000Z',
    );
  });

  it('follows daylight saving time', () => {
    // New York moves from UTC-5 to UTC-4 on 2026-03-08.
    expect(startOfStudyDay('2026-03-07', 'America/New_York', 4).toISOString()).toBe(
      '2026-03-07T09:00:00.000Z',
    );
    expect(startOfStudyDay('2026-03-09', 'America/New_York', 4).toISOString()).toBe(
      '2026-03-09T08:00:00.000Z',
    );
  });

  it('is consistent with studyDay at the boundary', () => {
    const start = startOfStudyDay('2026-07-15', 'Europe/Berlin', 4);
    expect(studyDay(start, 'Europe/Berlin', 4)).toBe('2026-07-15');
    expect(studyDay(new Date(start.getTime() - 1000), 'Europe/Berlin', 4)).toBe('2026-07-14');
  });

  it('recognises timezone names', () => {
    expect(isValidTimeZone('Asia/Seoul')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
