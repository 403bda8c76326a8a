// Concurrent writers for make chaos: each signs in once (a real Keycloak token, password grant of the
// dev client) and creates households through the API in a loop until SIGTERM. Every answer is recorded,
// one JSON line each, in EVENTS_FILE: start/end (epoch ms), status, content type, problem code,
// Retry-After, the created id when acknowledged (2xx), or the network error when there was no answer.
// Node 20, no dependencies.
//
//   node writers.mjs API_URL REALM_URL EVENTS_FILE RUN_TAG user1,user2,...
import { writeFileSync } from 'node:fs';

const [apiUrl, realmUrl, eventsFile, runTag, userList] = process.argv.slice(2);
const users = userList.split(',');
const PAUSE_AFTER_FAILURE_MS = 250; // not Retry-After: the recovery time is measured to the quarter second
const events = [];
let stopping = false;

async function token(username) {
  const response = await fetch(`${realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'hestia-dev', username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

async function write(writer, bearer, seq) {
  const body = {
    members: [{ firstName: `W${writer}n${seq}`, lastName: runTag, role: 'reference-tenant', preferredLanguage: 'fr' }],
  };
  const event = { writer, seq, start: Date.now() };
  try {
    const response = await fetch(`${apiUrl}/api/v1/households`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    event.status = response.status;
    event.type = response.headers.get('content-type') ?? '';
    event.retryAfter = response.headers.get('retry-after') ?? undefined;
    const text = await response.text();
    try {
      const json = JSON.parse(text);
      if (response.ok) event.id = json.id;
      else event.code = json.code;
    } catch {
      event.body = text.slice(0, 200);
    }
  } catch (error) {
    event.error = String(error.cause?.code ?? error.name ?? error);
  }
  event.end = Date.now();
  events.push(event);
  return event.status >= 200 && event.status < 300;
}

async function writer(index, bearer) {
  for (let seq = 0; !stopping; seq++) {
    if (!(await write(index, bearer, seq))) {
      await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_FAILURE_MS));
    }
  }
}

process.on('SIGTERM', () => { stopping = true; });
// Every token is had before the first write, so that the Keycloak phase only uses tokens issued earlier.
const bearers = await Promise.all(users.map(token));
const running = bearers.map((bearer, index) => writer(index, bearer));
console.log(`WRITERS READY ${users.length}`);
const outcomes = await Promise.allSettled(running);
writeFileSync(eventsFile, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
const failed = outcomes.filter((o) => o.status === 'rejected');
for (const f of failed) console.error(`writer failed: ${f.reason}`);
process.exit(failed.length ? 1 : 0);
