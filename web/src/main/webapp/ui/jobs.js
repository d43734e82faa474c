// Runs a big report as a background job on the server with a progress bar, instead of holding a request open: the
// browser remembers the job per report and period, so leaving the page and coming back picks it up again (a finished
// one for five minutes).
import { get, post } from './api.js';

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });
/** How long a finished job's result is shown again instead of running the report afresh. */
const FRESH_MS = 5 * 60 * 1000;

function reusable(job) {
  return job && (job.state === 'QUEUED' || job.state === 'RUNNING'
    || (job.state === 'DONE' && Date.now() - new Date(job.finishedAt) < FRESH_MS));
}

/** The result of report `kind` ("report", "pareto", "repetition") for `query`, showing progress on `bar`. */
export async function reportJob(kind, query, bar) {
  const key = `frontline.job.${kind}?${query}`;
  let job = null;
  const remembered = localStorage.getItem(key);
  if (remembered) {
    job = await get(`kpis/jobs/${remembered}`).catch(() => null);
  }
  if (!reusable(job)) {
    job = await post(`kpis/jobs/${kind}?${query}`);
    localStorage.setItem(key, job.id);
  }
  bar.hidden = false;
  while (job.state === 'QUEUED' || job.state === 'RUNNING') {
    bar.value = job.percent;
    await sleep(400);
    job = await get(`kpis/jobs/${job.id}`);
  }
  bar.value = 100;
  bar.hidden = true;
  if (job.state === 'FAILED') {
    localStorage.removeItem(key);
    throw new Error(job.error);
  }
  return job.result;
}
