// The figures of a make chaos run, and its verdict (exit 1 when a rule below is broken).
//   node report.mjs EVENTS_FILE MARKS_FILE IDS_IN_DATABASE_FILE BACKEND_INCIDENTS
// EVENTS_FILE: one JSON line per answer (writers.mjs). MARKS_FILE: "name epoch-ms" lines from chaos.sh
// (start, pg-kill, pg-restart, pg-back, kc-stop, kc-stopped, end) and "new-token obtained|refused".
// IDS_IN_DATABASE_FILE: the ids of this run's households found in the database afterwards.
import { readFileSync } from 'node:fs';

const [eventsFile, marksFile, idsFile, incidents] = process.argv.slice(2);
const events = readFileSync(eventsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const marks = {};
let newToken = 'unknown';
for (const line of readFileSync(marksFile, 'utf8').split('\n').filter(Boolean)) {
  const [name, value] = line.split(' ');
  if (name === 'new-token') newToken = value;
  else marks[name] = Number(value);
}
const inDatabase = new Set(readFileSync(idsFile, 'utf8').split('\n').filter(Boolean));

const ok = (e) => e.status >= 200 && e.status < 300;
const at = (ms) => `+${((ms - marks.start) / 1000).toFixed(1)} s`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const isProblem = (e) => e.type.startsWith('application/problem+json') && typeof e.code === 'string';
const describe = (e) => (e.error ? `no answer (${e.error})` : `${e.status}${e.code ? ` ${e.code}` : ''}`);
const tally = (list) => {
  const counts = new Map();
  for (const e of list) counts.set(describe(e), (counts.get(describe(e)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([what, n]) => `${what} × ${n}`).join(', ') || 'none';
};

const acknowledged = events.filter(ok);
const lost = acknowledged.filter((e) => !inDatabase.has(e.id));
const acknowledgedIds = new Set(acknowledged.map((e) => e.id));
const unacknowledgedButStored = [...inDatabase].filter((id) => !acknowledgedIds.has(id)).length;

const outage = events.filter((e) => e.start >= marks['pg-kill'] && e.start < marks['pg-back']);
const firstOkAfter = acknowledged.filter((e) => e.start >= marks['pg-kill']).sort((a, b) => a.end - b.end)[0];
const recovering = events.filter((e) => e.start >= marks['pg-back'] && firstOkAfter && e.end <= firstOkAfter.end && !ok(e));
const keycloakDown = events.filter((e) => e.start >= marks['kc-stopped'] && e.start < marks.end);

// The rules: every answer is a 2xx or a 503 problem document; every failure is problem+json; nobody goes
// without an answer; what was acknowledged is stored; the API comes back; Keycloak's absence changes nothing.
const failures = [];
const badAnswers = events.filter((e) => e.error || (!ok(e) && e.status !== 503));
if (badAnswers.length) failures.push(`answers other than 2xx or 503: ${tally(badAnswers)}`);
const bare = events.filter((e) => !e.error && !ok(e) && !isProblem(e));
if (bare.length) failures.push(`${bare.length} error answers without a problem+json body and code`);
const unavailable = events.filter((e) => e.status === 503);
const badUnavailable = unavailable.filter((e) => e.code !== 'service-unavailable' || !e.retryAfter);
if (badUnavailable.length) failures.push(`${badUnavailable.length} 503s without code service-unavailable and Retry-After`);
if (lost.length) failures.push(`${lost.length} acknowledged writes missing from the database: ${lost.slice(0, 5).map((e) => e.id).join(', ')}`);
if (!outage.length) failures.push('no request was answered while PostgreSQL was down: the outage was not tested');
if (!firstOkAfter) failures.push('the API never answered 2xx again after PostgreSQL came back');
if (!keycloakDown.length) failures.push('no request was made while Keycloak was down');
if (keycloakDown.some((e) => !ok(e))) failures.push(`while Keycloak was down: ${tally(keycloakDown.filter((e) => !ok(e)))}`);
if (newToken !== 'refused') failures.push(`a new token could be had while Keycloak was down (${newToken})`);
if (Number(incidents) > 0) failures.push(`${incidents} incidents (500) in the backend log`);

const line = (label, value) => console.log(`  ${label.padEnd(44)}${value}`);
const writers = new Set(events.map((e) => e.writer)).size;
console.log(`make chaos: ${writers} writers, ${events.length} requests over ${seconds(marks.end - marks.start)}`);
line('writes acknowledged (2xx)', `${acknowledged.length}`);
line('acknowledged, missing from database', `${lost.length}   (must be 0)`);
line('stored although not acknowledged', `${unacknowledgedButStored}   (a commit that landed as the connection broke; harmless)`);
console.log(`PostgreSQL SIGKILLed at ${at(marks['pg-kill'])}, restarted at ${at(marks['pg-restart'])}, accepting connections at ${at(marks['pg-back'])} (down ${seconds(marks['pg-back'] - marks['pg-kill'])})`);
line('answers to requests sent while it was down', `${tally(outage)}`);
line('answers after it was back, before 2xx', `${tally(recovering)}`);
if (firstOkAfter) {
  console.log(`  recovery: first 2xx ${seconds(firstOkAfter.end - marks['pg-back'])} after PostgreSQL was back (${seconds(firstOkAfter.end - marks['pg-kill'])} after the kill)`);
}
line('all answers of the run', `${tally(events)}`);
console.log(`Keycloak stopped at ${at(marks['kc-stopped'])}: a new token was ${newToken}`);
line('answers with tokens issued before', `${tally(keycloakDown)}`);
line('500 incidents in the backend log', `${incidents}`);
if (failures.length) {
  console.log('FAILED');
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log('PASSED: nothing acknowledged was lost; every failure was a 503 problem document; the API recovered by itself');
