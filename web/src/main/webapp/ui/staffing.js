// The staffing calculator: how many agents a half-hour needs (Erlang C), and service level and speed of answer
// drawn against the number of agents around that figure.
import { post } from './api.js';

let chart;

function workload() {
  const number = (id) => Number(document.getElementById(id).value);
  return {
    arrivals: number('arrivals'),
    averageHandleSeconds: number('aht'),
    serviceLevel: number('target') / 100,
    thresholdSeconds: number('threshold'),
    shrinkage: number('shrinkage') / 100,
  };
}

async function calculate(event) {
  event.preventDefault();
  const result = document.getElementById('staffing-result');
  result.className = '';
  result.textContent = 'Calculating…';
  try {
    const asked = workload();
    const answer = await post('staffing/erlang-c', asked);
    const required = answer.requiredAgents;
    result.textContent = `Traffic ${answer.traffic.toFixed(1)} Erlangs: ${required} agents taking contacts meet the `
      + `target (service level ${(answer.atRequired.serviceLevel * 100).toFixed(1)} %, speed of answer `
      + `${answer.atRequired.averageSpeedOfAnswerSeconds.toFixed(1)} s); ${answer.scheduledAgents} scheduled `
      + `with shrinkage.`;
    const low = Math.max(Math.floor(answer.traffic) + 1, required - 5);
    const counts = Array.from({ length: required + 6 - low }, (_, i) => low + i);
    const points = await Promise.all(counts.map((agents) => post('staffing/erlang-c', { ...asked, agents })));
    draw(counts, points.map((p) => p.atAgents));
  } catch (e) {
    result.textContent = e.message;
    result.className = 'error';
  }
}

function draw(counts, figures) {
  const figure = document.getElementById('staffing-chart');
  figure.hidden = false;
  if (chart) {
    chart.destroy();
  }
  chart = new Chart(figure.querySelector('canvas'), {
    type: 'line',
    data: {
      labels: counts,
      datasets: [
        { label: 'service level (%)', data: figures.map((f) => f.serviceLevel * 100), borderColor: '#0b5cad', yAxisID: 'sl' },
        { label: 'speed of answer (s)', data: figures.map((f) => f.averageSpeedOfAnswerSeconds), borderColor: '#b42318', yAxisID: 'asa' },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { title: { display: true, text: 'agents taking contacts' } },
        sl: { position: 'left', min: 0, max: 100, title: { display: true, text: 'service level (%)' } },
        asa: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'seconds' } },
      },
    },
  });
}

export function staffingCalculator() {
  document.getElementById('staffing').addEventListener('submit', calculate);
}
