/**
 * The user action every call belongs to, sent in `Hestia-User-Action`: the access log shows the calls
 * of one action (a case-file page reads the file, its timeline, documents, referrals and tasks) as
 * one row. A new action starts when the user goes to another page or changes its filters (the URL
 * changes) and with every change they make (a call that is not a read); the reads that follow a
 * change belong to it.
 */
export const USER_ACTION_HEADER = 'Hestia-User-Action';

let current: { id: string; url: string } | undefined;

function locationNow(): string {
  return typeof window === 'undefined' ? '' : window.location.pathname + window.location.search;
}

/** A random (version 4) UUID; randomUUID exists in secure contexts only, getRandomValues everywhere. */
function newId(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hex = [...bytes]
    .map((b, i) => (i === 6 ? (b & 0x0f) | 0x40 : i === 8 ? (b & 0x3f) | 0x80 : b))
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Starts a new user action (e.g. when the user asks for a download) and returns its id. */
export function startUserAction(): string {
  current = { id: newId(), url: locationNow() };
  return current.id;
}

/** The id of the action a call made now belongs to. */
export function userActionFor(method: string): string {
  const reading = method === 'GET' || method === 'HEAD';
  if (!reading || current === undefined || current.url !== locationNow()) return startUserAction();
  return current.id;
}
