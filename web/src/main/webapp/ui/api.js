// Calls the REST API next to these pages as the logged-in user: sends the session's CSRF token with every change,
// sends whoever is not logged in to the login page, and turns a problem document into an error a person can read.
const root = new URL('../', document.baseURI);
const base = new URL('api/', root);
const SCREEN = { 'X-Requested-With': 'fetch', Accept: 'application/json' };
let session;

/** The logged-in user: { username, displayName, roles, agentId, csrfToken }; logs in first when nobody is. */
export function me() {
  if (!session) {
    session = fetch(new URL('me', base), { headers: SCREEN }).then((response) => read('me', response));
  }
  return session;
}

export async function get(path) {
  return read(path, await fetch(new URL(path, base), { headers: SCREEN }));
}

export async function post(path, body) {
  return send('POST', path, body);
}

export async function put(path, body) {
  return send('PUT', path, body);
}

async function send(method, path, body) {
  const { csrfToken } = await me();
  const headers = { ...SCREEN, 'X-CSRF-Token': csrfToken };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return read(path, await fetch(new URL(path, base), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
}

/** Ends the session and shows the login page. */
export async function logout() {
  await send('POST', 'me/logout');
  window.location.assign(new URL('login.html', root));
}

function toLogin() {
  const here = window.location.href.slice(root.href.length).split('#')[0];
  window.location.assign(new URL(`login.html?next=${encodeURIComponent(here)}`, root));
}

async function read(path, response) {
  if (response.status === 401) {
    toLogin();
    throw new Error('Not logged in: going to the login page');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch (ignored) {
      // not a problem document: keep the status text
    }
    throw new Error(`${path.split('?')[0]}: ${detail} (${response.status})`);
  }
  return response.status === 204 ? null : response.json();
}

/** The period [from, to) of the last `days` whole days up to the start of tomorrow (UTC), as query parameters. */
export function lastDays(days) {
  const to = new Date();
  to.setUTCHours(0, 0, 0, 0);
  to.setUTCDate(to.getUTCDate() + 1);
  const from = new Date(to);
  from.setUTCDate(from.getUTCDate() - days);
  return `from=${from.toISOString()}&to=${to.toISOString()}`;
}
