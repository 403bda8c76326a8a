/** The header in which a reason for reading protected data travels to the access log. */
export const ACCESS_REASON_HEADER = 'Hestia-Access-Reason';
export const ACCESS_REASON_MAX = 500;

const TYPOGRAPHY: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/[\u2013\u2014\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/\u0153/g, 'oe'],
  [/\u0152/g, 'OE'],
  [/\u20AC/g, 'EUR'],
];

/**
 * The reason as an HTTP header value: one line, Latin-1 only (browsers refuse other characters in
 * headers). Typographic quotes and dashes, "œ" and "€" become their plain forms; anything else
 * outside Latin-1 becomes "?". At most 500 characters, as the contract says.
 */
export function toAccessReasonHeader(reason: string): string {
  let value = reason.replace(/\s+/g, ' ').trim();
  for (const [pattern, plain] of TYPOGRAPHY) value = value.replace(pattern, plain);
  value = [...value].map((c) => ((c.codePointAt(0) ?? 0) <= 0xff ? c : '?')).join('');
  return value.slice(0, ACCESS_REASON_MAX);
}
