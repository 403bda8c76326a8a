/**
 * Dates as people in Brussels read them, and as the API wants them: `date` as YYYY-MM-DD,
 * `date-time` as ISO 8601 with the local offset (e.g. 2026-11-05T14:30:00+01:00).
 */

const LOCALES: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

function locale(language: string): string {
  return LOCALES[language.slice(0, 2)] ?? 'fr-BE';
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a date (read as local midnight, never shifted by the time zone) or a date-time. */
function parse(value: string): Date {
  const m = DATE_ONLY.exec(value);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(value);
}

/** "12 avr. 1975" */
export function formatDate(value: string | undefined, language: string): string {
  if (!value) return '—';
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(date);
}

/** "5 nov. 2026, 14:30" */
export function formatDateTime(value: string | undefined, language: string): string {
  if (!value) return '—';
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** YYYY-MM-DD of a local date. */
export function toDateValue(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value of an `<input type="datetime-local">`: YYYY-MM-DDTHH:mm, local time. */
export function toDateTimeLocalValue(date: Date = new Date()): string {
  return `${toDateValue(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** ISO 8601 with the local offset, seconds included. */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${toDateTimeLocalValue(date)}:${pad(date.getSeconds())}${zone}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether a datetime-local value is a real moment. */
export function isDateTimeLocalValue(value: string): boolean {
  return LOCAL_DATE_TIME.test(value) && !Number.isNaN(fromDateTimeLocalValue(value).getTime());
}

export function fromDateTimeLocalValue(value: string): Date {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return new Date(Number.NaN);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/** A datetime-local value as the API wants it. */
export function dateTimeLocalToIso(value: string): string {
  return toIsoWithOffset(fromDateTimeLocalValue(value));
}

/** An API date-time as a datetime-local value, in local time. */
export function isoToDateTimeLocal(value: string): string {
  return toDateTimeLocalValue(new Date(value));
}

export function isDateValue(value: string): boolean {
  return DATE_ONLY.test(value) && !Number.isNaN(parse(value).getTime());
}

/** The first instant of a local day, for `from` filters. */
export function startOfDayIso(value: string): string {
  return toIsoWithOffset(parse(value));
}

/** The last second of a local day, for `to` filters. */
export function endOfDayIso(value: string): string {
  const date = parse(value);
  date.setHours(23, 59, 59, 0);
  return toIsoWithOffset(date);
}

/** "14:30" */
export function formatTime(value: string | undefined, language: string): string {
  if (!value) return '—';
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { timeStyle: 'short' }).format(date);
}
