// Planning: this week's staffing plan (agents required and scheduled per half-hour) against the agents actually
// logged in, and a what-if simulation of a day through the real routing engine, whose job this browser remembers,
// so leaving the page and coming back picks its progress up again.
/* global Chart */
import { get, post } from './api.js';
import { table } from './format.js';

const JOB = 'frontline.simulation';
const status = document.getElementById('status');

function say(text, failed = false) {
  status.textContent = text;
  status.classList.toggle('error', failed);
}

async function showPlan() {
  const plan = await get('staffing/week-plan');
  document.getElementById('plan-summary').textContent = `${plan.method} Scheduled ${plan.scheduledHours.toFixed(0)} agent`
    + ` hours; actually logged in ${plan.actualLoggedInHours.toFixed(0)}.`;
  const labels = plan.intervals.map((i) => `${i.day.slice(0, 3).toLowerCase()} ${i.start}`);
  const line = (label, values, color) => ({ label, data: values, borderColor: color, pointRadius: 0, borderWidth: 1.5 });
  new Chart(document.getElementById('plan-chart'), {
    type: 'line',
    data: {
      labels,
      datasets: [
        line('required', plan.intervals.map((i) => i.requiredAgents), '#b42318'),
        line('scheduled', plan.intervals.map((i) => i.scheduledAgents), '#0b5cad'),
        line('logged in', plan.intervals.map((i) => i.actualLoggedIn), '#1a7f37'),
      ],
    },
    options: { animation: false, maintainAspectRatio: false, scales: { x: { ticks: { maxTicksLimit: 14 } }, y: { beginAtZero: true } } },
  });
}

function estimate(e, scale = 1, digits = 1) {
  return e ? `${(e.mean * scale).toFixed(digits)} ± ${(e.halfWidth * scale).toFixed(digits)}` : '–';
}

function showResults(job) {
  const rows = [];
  for (const [name, result] of [['now', job.result], ['what if', job.whatIf]]) {
    for (const queue of result?.queues || []) {
      rows.push({ name, queue, occupancy: result.occupancy });
    }
  }
  table(document.getElementById('sim-results'), [
    { title: 'Staffing', text: (r) => r.name },
    { title: 'Queue', text: (r) => r.queue.queue },
    { title: 'Offered', numeric: true, text: (r) => estimate(r.queue.offered, 1, 0) },
    { title: 'Service level %', numeric: true, text: (r) => estimate(r.queue.serviceLevel, 100) },
    { title: 'Speed of answer s', numeric: true, text: (r) => estimate(r.queue.averageSpeedOfAnswer) },
    { title: 'Abandoned %', numeric: true, text: (r) => estimate(r.queue.abandonment, 100) },
    { title: 'Occupancy %', numeric: true, text: (r) => estimate(r.occupancy, 100) },
  ], rows, 'No results yet.');
}

async function follow(id) {
  const job = await get(`routing/simulations/${id}`);
  const bar = document.getElementById('sim-progress');
  bar.max = Math.max(job.replicationsTotal, 1);
  bar.value = job.replicationsDone;
  const shown = document.getElementById('sim-status');
  if (job.state === 'DONE') {
    shown.textContent = `Simulation ${id} done.`;
    showResults(job);
    return;
  }
  if (job.state === 'FAILED') {
    shown.textContent = `Simulation ${id} failed: ${job.error}`;
    return;
  }
  shown.textContent = `Simulation ${id} ${job.state.toLowerCase()}: ${job.replicationsDone} of ${job.replicationsTotal}`
    + ' replications (now and what-if together).';
  setTimeout(() => follow(id).catch((error) => say(error.message, true)), 1000);
}

function staff(count, skills) {
  return [{ count, skills, languages: { en: 5 }, channels: { PHONE: 1 }, start: '08:00', end: '18:00' }];
}

async function setUpSimulation() {
  const queues = await get('routing/queues');
  document.getElementById('sim-queue').replaceChildren(...queues.map((q) => {
    const option = document.createElement('option');
    option.value = q.name;
    option.textContent = q.name;
    return option;
  }));
  document.getElementById('simulation').addEventListener('submit', async (event) => {
    event.preventDefault();
    const number = (id) => Number(document.getElementById(id).value);
    const queue = queues.find((q) => q.name === document.getElementById('sim-queue').value);
    const arrivals = Array.from({ length: 48 }, (_, i) => (i >= 16 && i < 36 ? number('sim-arrivals') : 0));
    try {
      const job = await post('routing/simulations', {
        queues: [queue.name],
        intervals: 48,
        intervalMinutes: 30,
        replications: number('sim-replications'),
        demand: [{ queue: queue.name, channel: 'PHONE', language: 'en', arrivals, handleSeconds: number('sim-handle'),
          patienceSeconds: number('sim-patience') }],
        staff: staff(number('sim-agents'), queue.skills),
        whatIf: { staff: staff(number('sim-what-if'), queue.skills) },
      });
      localStorage.setItem(JOB, job.id);
      await follow(job.id);
    } catch (error) {
      say(error.message, true);
    }
  });
  const earlier = localStorage.getItem(JOB);
  if (earlier) {
    await follow(earlier).catch(() => localStorage.removeItem(JOB));
  }
}

showPlan().catch((error) => say(error.message, true));
setUpSimulation().catch((error) => say(error.message, true));
