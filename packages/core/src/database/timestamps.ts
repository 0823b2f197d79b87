const DAY_MS = 86_400_000;
const ZERO = 48;

/**
 * A `timestamptz` as PostgreSQL writes it (`2026-12-05 13:41:29.123456+00`, `…+05:30`), or as
 * row_to_json writes it (`2026-12-05T13:41:29.123456+00:00`), to a Date — by arithmetic, about ten
 * times cheaper than the general parser (a board of 100 orders reads 200 of them). Fractions are
 * cut to milliseconds, as that parser does. Anything else (years before 1000 or after 9999, BC,
 * infinity, seconds-precision offsets) returns null: the caller's general parser takes it.
 */
export function parseTimestamp(text: string): Date | null {
  const length = text.length;
  if (length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = digits(text, 17, 2);
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    let scale = 100;
    for (at++; at < length; at++) {
      const digit = text.charCodeAt(at) - ZERO;
      if (digit < 0 || digit > 9) break;
      ms += digit * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const sign = text.charCodeAt(at);
  if (sign !== 43 && sign !== 45) return null;
  const rest = length - at;
  const offsetHours = digits(text, at + 1, 2);
  const offsetMinutes = rest === 3 ? 0 : rest === 6 && text.charCodeAt(at + 3) === 58 ? digits(text, at + 4, 2) : -1;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hours < 0 || minutes < 0 || seconds < 0) return null;
  if (offsetHours < 0 || offsetMinutes < 0) return null;
  const offset = (sign === 43 ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return new Date(daysFromCivil(year, month, day) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms - offset);
}

/** The value of `count` decimal digits at `from`, or -1. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
