// The demo data's reset on the embedded database: offered only where the server allows it, asked for with an explicit
// acknowledgement, then followed with a progress bar; leaving the page and coming back picks up a reset under way.
import { get, post } from './api.js';

const REMEMBERED = 'frontline.demoReset';

function show(reset) {
  const bar = document.getElementById('demo-progress');
  const running = reset.state === 'QUEUED' || reset.state === 'RUNNING';
  bar.hidden = !running;
  bar.max = reset.steps;
  bar.value = reset.stepsDone;
  document.getElementById('demo-status').textContent = running
    ? `Resetting: step ${reset.stepsDone + 1} of ${reset.steps}, ${reset.step}.`
    : `${reset.state === 'DONE' ? 'Reset done' : 'The reset failed'} at ${new Date(reset.finishedAt).toLocaleString()}: ${reset.outcome}.`;
  document.getElementById('demo-reset-start').disabled = running || !document.getElementById('demo-understood').checked;
  if (running) {
    setTimeout(() => follow(reset.id), 1000);
  } else {
    localStorage.removeItem(REMEMBERED);
  }
}

async function follow(id) {
  try {
    show(await get(`admin/demo-data/resets/${id}`));
  } catch (error) {
    localStorage.removeItem(REMEMBERED);
    document.getElementById('demo-status').textContent = error.message;
  }
}

async function start(event) {
  event.preventDefault();
  document.getElementById('demo-reset-start').disabled = true;
  try {
    const reset = await post('admin/demo-data/resets');
    localStorage.setItem(REMEMBERED, reset.id);
    document.getElementById('demo-understood').checked = false;
    show(reset);
  } catch (error) {
    document.getElementById('demo-status').textContent = error.message;
  }
}

export async function setUpDemoReset() {
  const status = await get('admin/demo-data');
  document.getElementById('demo-detail').textContent = status.detail;
  const form = document.getElementById('demo-reset');
  form.hidden = !status.resettable;
  const understood = document.getElementById('demo-understood');
  understood.addEventListener('change', () => {
    document.getElementById('demo-reset-start').disabled = !understood.checked;
  });
  form.addEventListener('submit', start);
  const remembered = localStorage.getItem(REMEMBERED);
  if (remembered) {
    await follow(remembered);
  }
}
