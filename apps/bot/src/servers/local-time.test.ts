import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, localTime } from './local-time.ts';

describe('local time', () => {
  it('knows IANA time zones, by the name given, its case set right where Intl can; and nothing else', () => {
    expect(canonicalTimeZone('Asia/Ho_Chi_Minh')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalTimeZone(' europe/paris ')).toBe('Europe/Paris');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('gives the day and hour of an instant in a zone, across midnight and summer time', () => {
    expect(localTime(new Date('2025-03-10T01:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      day: '2025-03-10',
      hour: 8,
    });
    expect(localTime(new Date('2025-03-09T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      day: '2025-03-10',
      hour: 0,
    });
    expect(localTime(new Date('2025-03-09T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      day: '2025-03-09',
      hour: 23,
    });
    expect(localTime(new Date('2025-01-15T12:00:00Z'), 'America/New_York').hour).toBe(7);
    expect(localTime(new Date('2025-07-15T12:00:00Z'), 'America/New_York').hour).toBe(8);
  });
});
