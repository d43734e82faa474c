// Calls the REST API next to these pages and turns a problem document into an error a person can read.
const base = new URL('../api/', document.baseURI);

export async function get(path) {
  return read(path, await fetch(new URL(path, base), { headers: { Accept: 'application/json' } }));
}

export async function post(path, body) {
  return read(path, await fetch(new URL(path, base), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }));
}

async function read(path, response) {
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
  return response.json();
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
