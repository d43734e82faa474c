// The QA console's calibration sessions: how far analysts agree, drawn per criterion (Krippendorff's alpha with its
// confidence interval) and per rater (their bias against the expert or the consensus, and its spread).
/* global Chart */
import { get } from './api.js';
import { table } from './format.js';

const charts = [];

function figure(f) {
  return f && f.value != null ? `${f.value.toFixed(2)} (${f.lower?.toFixed(2) ?? '?'}–${f.upper?.toFixed(2) ?? '?'})` : 'not enough ratings';
}

function draw(canvas, config) {
  charts.push(new Chart(canvas, { ...config, options: { animation: false, maintainAspectRatio: false, ...config.options } }));
}

async function showAgreement(session) {
  const report = await get(`quality/calibrations/${session.id}/report`);
  charts.splice(0).forEach((chart) => chart.destroy());
  document.getElementById('calibration-report').hidden = false;
  document.getElementById('calibration-summary').textContent = `${report.name}: ${report.submitted} reviews submitted;`
    + ` overall alpha ${figure(report.totalAlpha)}, intraclass correlation ${figure(report.intraclassCorrelation)};`
    + ` bias measured against the ${report.biasReference.toLowerCase()}. Alpha above 0.8 is good agreement, below 0.667`
    + ' too little to rely on.';
  const criteria = report.criteria.filter((c) => c.alpha.value != null);
  draw(document.getElementById('alpha-chart'), {
    type: 'bar',
    data: {
      labels: criteria.map((c) => c.criterion),
      datasets: [
        { label: 'alpha', data: criteria.map((c) => c.alpha.value), backgroundColor: '#0b5cad' },
        {
          label: 'confidence interval',
          data: criteria.map((c) => [c.alpha.lower ?? c.alpha.value, c.alpha.upper ?? c.alpha.value]),
          backgroundColor: 'rgba(11, 92, 173, 0.25)',
        },
      ],
    },
    options: { scales: { y: { min: -1, max: 1, title: { display: true, text: "Krippendorff's alpha" } } } },
  });
  draw(document.getElementById('bias-chart'), {
    type: 'bar',
    data: {
      labels: report.raters.map((r) => `analyst ${r.raterId}`),
      datasets: [
        { label: 'bias (points)', data: report.raters.map((r) => r.bias), backgroundColor: '#b42318' },
        { label: 'spread (points)', data: report.raters.map((r) => r.spread), backgroundColor: '#4a5561' },
      ],
    },
    options: { scales: { y: { title: { display: true, text: 'score points' } } } },
  });
  table(document.getElementById('calibration-criteria'), [
    { title: 'Criterion', text: (c) => `${c.section} / ${c.criterion}` },
    { title: 'Alpha (interval)', numeric: true, text: (c) => figure(c.alpha) },
    { title: 'Kappa (interval)', numeric: true, text: (c) => figure(c.kappa) },
  ], report.criteria, 'No criteria rated.');
  document.getElementById('calibration-report').scrollIntoView();
}

/** Lists the calibration sessions, each with a button drawing its agreement; `say` shows failures. */
export async function showCalibrations(say) {
  const sessions = await get('quality/calibrations');
  table(document.getElementById('calibrations'), [
    { title: 'Session', text: (s) => `${s.id} ${s.name}` },
    { title: 'State', text: (s) => s.state.toLowerCase() },
    { title: 'Contacts', numeric: true, text: (s) => s.contactIds.length },
    { title: 'Analysts', numeric: true, text: (s) => s.raterIds.length },
    {
      title: 'Agreement',
      node: (s) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Agreement';
        button.setAttribute('aria-label', `Agreement in session ${s.id}`);
        button.addEventListener('click', () => showAgreement(s).catch((error) => say(error.message, true)));
        return button;
      },
    },
  ], sessions, 'No calibration sessions yet.');
}
