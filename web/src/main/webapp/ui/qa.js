// The QA console: audits with their progress, a new-audit form whose sample size is worked out as you type, each
// audit's report (with CSV and printable exports), my review queue, the disputes inbox, and calibration sessions
// (qa-calibration.js). The review form itself is in qa-review.js.
import { get, me, post } from './api.js';
import { table } from './format.js';
import { openReview } from './qa-review.js';
import { showCalibrations } from './qa-calibration.js';

const CHANNELS = ['PHONE', 'EMAIL', 'CHAT', 'WEB'];
const status = document.getElementById('status');
let user;

function say(text, failed = false) {
  status.textContent = text;
  status.classList.toggle('error', failed);
}

function button(text, label, action) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.addEventListener('click', () => action().catch((error) => say(error.message, true)));
  return element;
}

function percent(rate) {
  return `${(rate * 100).toFixed(1)} %`;
}

function progress(audit) {
  const bar = document.createElement('progress');
  bar.max = audit.sampled || 1;
  bar.value = audit.reviewed || 0;
  bar.textContent = `${audit.reviewed} of ${audit.sampled}`;
  const wrap = document.createElement('span');
  wrap.append(bar, ` ${audit.reviewed ?? 0} of ${audit.sampled ?? 0}`);
  return wrap;
}

async function showAudits() {
  const audits = await get('quality/audits');
  table(document.getElementById('audits'), [
    { title: 'Audit', text: (a) => `${a.id} ${a.name}` },
    { title: 'State', text: (a) => a.state.toLowerCase() },
    { title: 'Population', numeric: true, text: (a) => a.populationSize },
    { title: 'Reviewed', node: progress },
    { title: 'Report', node: (a) => button('Report', `Report of audit ${a.id}`, () => showReport(a.id)) },
  ], audits, 'No audits yet.');
  return audits;
}

async function showQueue(audits) {
  if (!user.agentId) {
    table(document.getElementById('queue'), [{ title: 'Contact', text: () => '' }], [],
      'Your login works as no agent, so no reviews are assigned to you.');
    return;
  }
  const open = audits.filter((a) => a.state !== 'COMPLETE');
  const units = (await Promise.all(open.map(async (audit) => (await get(`quality/audits/${audit.id}/units?analystId=${user.agentId}`))
    .filter((unit) => unit.reviewState !== 'SUBMITTED')
    .map((unit) => ({ ...unit, audit })))))
    .flat();
  table(document.getElementById('queue'), [
    { title: 'Audit', text: (u) => u.audit.name },
    { title: 'Contact', numeric: true, text: (u) => u.contactId },
    { title: 'Agent', numeric: true, text: (u) => u.agentId },
    { title: 'State', text: (u) => u.reviewState.toLowerCase() },
    {
      title: 'Review',
      node: (u) => button('Review', `Review contact ${u.contactId}`, () => openReview(u, user.agentId, say, refresh)),
    },
  ], units, 'Nothing to review.');
}

async function showReport(auditId) {
  const report = await get(`quality/audits/${auditId}/report`);
  document.getElementById('report-section').hidden = false;
  document.getElementById('report-title').textContent = `Audit report: ${report.name}`;
  const compliance = report.compliance;
  document.getElementById('report-summary').textContent = (report.interim ? `Interim: ${report.reviewed} of ${report.sampled} reviewed. ` : '')
    + (compliance
      ? `Compliance ${percent(compliance.value)} (${percent(compliance.lower)}–${percent(compliance.upper)} at ${Math.round(report.confidence * 100)} % confidence)`
      : 'No reviews yet')
    + (report.meanScore ? `; mean score ${report.meanScore.value.toFixed(1)} (${report.meanScore.lower.toFixed(1)}–${report.meanScore.upper.toFixed(1)}).` : '.');
  document.getElementById('report-csv').href = `../api/quality/audits/${auditId}/report.csv`;
  document.getElementById('report-print').href = `../api/quality/audits/${auditId}/report.html`;
  table(document.getElementById('report-criteria'), [
    { title: 'Section', text: (c) => c.section },
    { title: 'Criterion', text: (c) => c.criterion + (c.critical !== 'NONE' ? ' (critical)' : '') },
    { title: 'Rated', numeric: true, text: (c) => c.rated },
    { title: 'Failure rate', numeric: true, text: (c) => (c.failureRate ? percent(c.failureRate.rate) : '–') },
    { title: 'Interval', numeric: true, text: (c) => (c.failureRate ? `${percent(c.failureRate.lower)}–${percent(c.failureRate.upper)}` : '–') },
  ], report.criteria, 'No criteria rated yet.');
  table(document.getElementById('report-agents'), [
    { title: 'Agent', text: (g) => g.key },
    { title: 'Reviewed', numeric: true, text: (g) => `${g.reviewed} of ${g.sampled}` },
    { title: 'Compliance', numeric: true, text: (g) => (g.compliance ? percent(g.compliance.rate) : '–') },
    { title: 'Mean score', numeric: true, text: (g) => (g.meanScore == null ? '–' : g.meanScore.toFixed(1)) },
  ], report.agents, 'No reviews yet.');
  document.getElementById('report-section').scrollIntoView();
}

async function showDisputes() {
  const disputes = await get('quality/disputes?state=OPEN');
  table(document.getElementById('disputes'), [
    { title: 'Dispute', numeric: true, text: (d) => d.id },
    { title: 'Agent', numeric: true, text: (d) => d.agentId },
    { title: 'Review', numeric: true, text: (d) => d.reviewId },
    { title: 'Comment', text: (d) => d.comment || '' },
    {
      title: 'Decide',
      node: (d) => {
        const group = document.createElement('span');
        group.className = 'buttons';
        const why = document.createElement('input');
        why.placeholder = 'reason';
        why.maxLength = 2000;
        why.setAttribute('aria-label', `Reason for the decision on dispute ${d.id}`);
        group.append(why);
        for (const [outcome, text] of [['UPHELD', 'Uphold'], ['OVERTURNED', 'Overturn']]) {
          group.append(button(text, `${text} dispute ${d.id}`, async () => {
            const reason = why.value.trim();
            if (!reason) {
              say(`Give the reason for your decision on dispute ${d.id} first.`, true);
              why.focus();
              return;
            }
            await post(`quality/disputes/${d.id}/decision`, { version: d.version, arbitratorId: user.agentId, outcome, reason });
            say(`Dispute ${d.id}: ${outcome.toLowerCase()}.`);
            await showDisputes();
          }));
        }
        return group;
      },
    },
  ], disputes, 'No open disputes.');
}

let sizing;
function liveSampleSize() {
  clearTimeout(sizing);
  sizing = setTimeout(async () => {
    const shown = document.getElementById('sample-size');
    try {
      const size = await post('quality/sample-size', {
        marginOfError: Number(document.getElementById('audit-margin').value) / 100,
        confidence: Number(document.getElementById('audit-confidence').value),
      });
      shown.textContent = `Sample: ${size.sampleSize} contacts for ±${document.getElementById('audit-margin').value} points`
        + ` at ${Math.round(size.confidence * 100)} % confidence (fewer when the period holds few contacts).`;
    } catch (error) {
      shown.textContent = error.message;
    }
  }, 250);
}

function dateInput(id, daysAgo) {
  const day = new Date();
  day.setDate(day.getDate() - daysAgo);
  document.getElementById(id).value = day.toISOString().slice(0, 10);
}

async function setUpNewAudit() {
  const scorecards = await get('quality/scorecards');
  document.getElementById('audit-scorecard').replaceChildren(...scorecards.map((s) => {
    const option = document.createElement('option');
    option.value = s.name;
    option.textContent = `${s.name} (version ${s.version})`;
    return option;
  }));
  const channels = document.getElementById('audit-channels');
  for (const channel of CHANNELS) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = channel;
    label.append(box, ` ${channel.toLowerCase()}`);
    channels.append(label);
  }
  dateInput('audit-from', 7);
  dateInput('audit-to', 0);
  document.getElementById('audit-analysts').value = user.agentId ?? '';
  ['audit-margin', 'audit-confidence'].forEach((id) => document.getElementById(id).addEventListener('input', liveSampleSize));
  liveSampleSize();
  document.getElementById('new-audit').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const to = new Date(document.getElementById('audit-to').value);
      to.setUTCDate(to.getUTCDate() + 1);
      const audit = await post('quality/audits', {
        name: document.getElementById('audit-name').value,
        scorecardName: document.getElementById('audit-scorecard').value,
        population: {
          from: new Date(document.getElementById('audit-from').value).toISOString(),
          to: to.toISOString(),
          channels: [...channels.querySelectorAll('input:checked')].map((box) => box.value),
        },
        design: {
          kind: 'SIMPLE_RANDOM',
          marginOfError: Number(document.getElementById('audit-margin').value) / 100,
          confidence: Number(document.getElementById('audit-confidence').value),
        },
        analystIds: document.getElementById('audit-analysts').value.split(',').map((id) => Number(id.trim())),
      });
      say(`Audit ${audit.id} drawn: ${audit.sampled} of ${audit.populationSize} contacts sampled.`);
      await refresh();
    } catch (error) {
      say(error.message, true);
    }
  });
}

async function refresh() {
  const audits = await showAudits();
  await Promise.all([showQueue(audits), showDisputes(), showCalibrations(say)]);
}

async function start() {
  user = await me();
  await setUpNewAudit();
  await refresh();
}

start().catch((error) => say(error.message, true));
