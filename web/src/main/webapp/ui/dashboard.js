// The supervisor dashboard: the centre's KPIs with their targets, daily trends, the staffing calculator, the 80/20
// view, the commonest topics and the latest pulse survey, for the period chosen.
import { get, lastDays } from './api.js';
import { table, value } from './format.js';
import { staffingCalculator } from './staffing.js';
import { reportJob } from './jobs.js';

const CARDS = ['service-level', 'average-speed-of-answer', 'abandonment-rate', 'average-handle-time',
  'first-contact-resolution', 'csat', 'customer-effort', 'occupancy', 'schedule-adherence', 'cost-per-contact'];
const TRENDS = ['service-level', 'average-speed-of-answer', 'abandonment-rate', 'average-handle-time',
  'first-contact-resolution', 'csat'];
const charts = [];

let definitions;

async function show() {
  const days = Number(document.getElementById('period').value);
  const period = lastDays(days);
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  status.className = 'status';
  try {
    definitions = definitions || await get('kpis/definitions');
    await Promise.all([cards(period), trends(period), pareto(period), topics(period), pulse()]);
    status.textContent = `Showing the last ${days} days.`;
  } catch (e) {
    status.textContent = e.message;
    status.className = 'error';
  }
}

function definition(key) {
  return definitions.kpis.find((k) => k.key === key);
}

async function cards(period) {
  const [report, standings] = await Promise.all([get(`kpis/report?${period}`), get(`kpis/targets/standings?${period}`)]);
  const values = report.rows.length ? report.rows[0].values : {};
  const centreTargets = new Map(standings.filter((s) => s.target.teamId === undefined).map((s) => [s.target.kpi, s]));
  const container = document.getElementById('cards');
  container.replaceChildren();
  for (const key of CARDS) {
    const kpi = definition(key);
    const card = document.createElement('div');
    card.className = 'card';
    card.dataset.kpi = key;
    card.title = kpi.definition;
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = key.replaceAll('-', ' ');
    const shown = document.createElement('div');
    shown.className = 'value';
    shown.textContent = value(values[key], kpi.unit, definitions.costCurrency);
    card.append(name, shown);
    const standing = centreTargets.get(key);
    if (standing) {
      const target = document.createElement('div');
      target.className = `target ${standing.status === 'ON_TARGET' ? 'on-target' : standing.status === 'OFF_TARGET' ? 'off-target' : ''}`;
      const sign = standing.target.comparison === 'AT_LEAST' ? '≥' : '≤';
      target.textContent = `target ${sign} ${value(standing.target.value, kpi.unit, definitions.costCurrency)}: `
        + `${standing.status.replace('_', ' ').toLowerCase()}, ${standing.trend.toLowerCase()}`;
      card.append(target);
    }
    container.append(card);
  }
}

async function trends(period) {
  const report = await reportJob('report', `interval=DAY&${period}`, document.getElementById('trends-progress'));
  const labels = report.rows.map((row) => row.start.substring(0, 10));
  const container = document.getElementById('charts');
  charts.splice(0).forEach((chart) => chart.destroy());
  container.replaceChildren();
  for (const key of TRENDS) {
    const kpi = definition(key);
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.dataset.kpi = key;
    const title = document.createElement('h3');
    title.textContent = `${key.replaceAll('-', ' ')} (${kpi.unit})`;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${key.replaceAll('-', ' ')} per day: ${kpi.definition}`);
    const plot = document.createElement('div');
    plot.className = 'plot';
    plot.append(canvas);
    figure.append(title, plot);
    container.append(figure);
    charts.push(new Chart(canvas, {
      type: 'line',
      data: { labels, datasets: [{ label: key, data: report.rows.map((row) => row.values[key] ?? null), borderColor: '#0b5cad', spanGaps: true }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true } },
      },
    }));
  }
}

async function pareto(period) {
  const report = await get(`kpis/pareto?limit=1&${period}`);
  document.getElementById('pareto-summary').textContent =
    `The top ${report.topPercent} % of ${report.customerCount} customers bring ${report.revenueShareOfTop.toFixed(1)} % of `
    + `the revenue (${report.currency || 'no currency'}) and ${report.contactShareOfTop.toFixed(1)} % of the contacts; `
    + `${report.tierChanges} customers would change tier as suggested.`;
  table(document.getElementById('circles'), [
    { title: 'Circle', text: (c) => c.circle.replace('_', ' ').toLowerCase() },
    { title: 'Customers', numeric: true, text: (c) => c.customers },
    { title: 'Share of revenue', numeric: true, text: (c) => value(c.revenueShare, '%') },
    { title: 'Share of contacts', numeric: true, text: (c) => value(c.contactShare, '%') },
  ], report.circles);
}

async function topics(period) {
  const report = await get(`kpis/repetition?top=10&${period}`);
  table(document.getElementById('topics'), [
    { title: 'Topic', text: (t) => t.topic },
    { title: 'Contacts', numeric: true, text: (t) => t.contacts },
    { title: 'Trend', text: (t) => t.trend.toLowerCase() + (t.change === undefined ? '' : ` (${t.change > 0 ? '+' : ''}${t.change.toFixed(0)} %)`) },
    { title: 'From new accounts', numeric: true, text: (t) => value(t.newAccountShare, '%') },
    { title: 'First-contact resolution', numeric: true, text: (t) => value(t.firstContactResolution, '%') },
    { title: 'Handle time', numeric: true, text: (t) => value(t.averageHandleSeconds, 'seconds') },
    { title: 'Articles', numeric: true, text: (t) => t.articles },
  ], report.topics);
}

async function pulse() {
  const surveys = await get('workforce/pulse-surveys?size=1');
  if (surveys.items.length === 0) {
    document.getElementById('pulse-question').textContent = 'No pulse survey yet.';
    table(document.getElementById('pulse'), [], []);
    return;
  }
  const survey = surveys.items[0];
  document.getElementById('pulse-question').textContent =
    `“${survey.question}” (${survey.opensOn} to ${survey.closesOn}), answered 1 to 5.`;
  table(document.getElementById('pulse'), [
    { title: 'Team', text: (r) => r.team },
    { title: 'Response rate', numeric: true, text: (r) => value(r.responseRate, '%') },
    { title: 'Mean', numeric: true, text: (r) => (r.shown ? r.mean.toFixed(2) : 'withheld') },
    { title: 'Favourable (4–5)', numeric: true, text: (r) => (r.shown ? value(r.favourable, '%') : 'withheld') },
  ], await get(`workforce/pulse-surveys/${survey.id}/results`));
}

/** The live panel: queues and agents' statuses, pushed by the server as they change. */
function live() {
  const events = new EventSource(new URL('../api/routing/status/events', document.baseURI));
  events.addEventListener('centre', (event) => {
    const centre = JSON.parse(event.data);
    document.getElementById('live-agents').textContent = 'Agents now: ' + Object.entries(centre.agentsByStatus)
      .map(([status, count]) => `${count} ${status.toLowerCase().replace('_', ' ')}`).join(', ') + '.';
    table(document.getElementById('live-queues'), [
      { title: 'Queue', text: (q) => q.queue },
      { title: 'Waiting', numeric: true, text: (q) => q.waiting },
      { title: 'Longest wait', numeric: true, text: (q) => value(q.longestWaitSeconds, 'seconds') },
      { title: 'Answered today', numeric: true, text: (q) => q.answered },
      { title: 'Abandoned today', numeric: true, text: (q) => q.abandoned },
      { title: 'Service level today', numeric: true, text: (q) => value(q.serviceLevel == null ? null : q.serviceLevel * 100, '%') },
    ], centre.queues, 'No routing queues.');
  });
  window.addEventListener('pagehide', () => events.close());
  events.onerror = () => {
    document.getElementById('live-agents').textContent = 'Reconnecting…';
  };
}

document.getElementById('period').addEventListener('change', show);
staffingCalculator();
live();
show();
