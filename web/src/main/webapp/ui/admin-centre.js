// The administration screen's centre set-up: routing queues, scorecards, SLA policies, business calendars and teams,
// each edited as its JSON definition (the API's own shape, validated by the server, whose problems are shown), queues
// and scorecards also through a form kept in step with it; and the search index's rebuild with a progress bar that
// picks up a rebuild already running.
import { get, post, put } from './api.js';
import { queueForm, scorecardForm } from './admin-forms.js';

const KINDS = {
  queues: {
    list: async () => get('routing/queues'),
    label: (q) => q.name,
    body: ({ name, ...rest }) => rest,
    template: { skills: { billing: 1 }, steps: [], answerTargetSeconds: 20 },
    save: (item, body, name) => put(`routing/queues/${encodeURIComponent(item ? item.name : name)}`, body),
    named: true,
    form: queueForm,
    help: 'skills: the skills its contacts need (name: minimum proficiency); steps: how it widens as contacts wait;'
      + ' answerTargetSeconds: the service-level target. Keep "version" to replace it.',
  },
  scorecards: {
    list: async () => get('quality/scorecards'),
    label: (s) => `${s.name} (version ${s.version})`,
    body: ({ name, passMark, sections }) => ({ name, passMark, sections }),
    template: { name: 'New scorecard', passMark: 80, sections: [{ name: 'Call', weight: 100, criteria: [{ name: 'Greeting', weight: 100 }] }] },
    save: (item, body) => post('quality/scorecards', body),
    form: scorecardForm,
    help: 'Saving makes the next version of that name (earlier versions never change, reviews keep theirs).'
      + ' critical: NONE, SECTION (the section scores 0) or REVIEW (the review fails); scale: YES_NO, ONE_TO_FIVE or ZERO_TO_TEN.',
  },
  policies: {
    list: async () => (await get('sla-policies?size=100')).items,
    label: (p) => `${p.valueTier} ${p.priority} (${p.firstResponseMinutes} / ${p.resolutionMinutes} min)`,
    body: ({ id, calendarName, ...rest }) => rest,
    template: { valueTier: 'GOLD', priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480, calendarId: 1 },
    save: (item, body) => (item ? put(`sla-policies/${item.id}`, body) : post('sla-policies', body)),
    help: 'Targets in minutes of the calendar\'s working time, per value tier and priority.',
  },
  calendars: {
    list: async () => (await get('business-calendars?size=100')).items,
    label: (c) => c.name,
    body: ({ id, ...rest }) => rest,
    template: {
      name: 'New calendar',
      timeZone: 'Europe/Paris',
      workingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
      holidays: [],
    },
    save: (item, body) => (item ? put(`business-calendars/${item.id}`, body) : post('business-calendars', body)),
    help: 'Hours per weekday ("00:00" to "00:00" is round the clock) and holidays.',
  },
  teams: {
    list: async () => (await get('teams?size=100')).items,
    label: (t) => t.name,
    body: ({ id, ...rest }) => rest,
    template: { name: 'New team', serviceFunction: 'SUPPORT' },
    save: (item, body) => (item ? put(`teams/${item.id}`, body) : post('teams', body)),
    help: 'serviceFunction: SUPPORT, TECHNICAL_SUPPORT, SALES_AND_MARKETING or QUALITY_CONTROL.',
  },
};
const state = { kind: 'queues', items: [] };
const say = (text, failed = false) => {
  const shown = document.getElementById('definition-status');
  shown.textContent = text;
  shown.classList.toggle('error', failed);
};

function selected() {
  const index = document.getElementById('definition-item').value;
  return index === 'new' ? null : state.items[Number(index)];
}

/** Draws the kind's form, if it has one, for `definition`; the form writes its changes into the JSON. */
function showForm(definition) {
  const { form } = KINDS[state.kind];
  const json = document.getElementById('definition-json');
  document.getElementById('definition-form').replaceChildren(...(form
    ? [form(definition, (changed) => { json.value = JSON.stringify(changed, null, 2); })]
    : []));
}

function showDefinition() {
  const kind = KINDS[state.kind];
  const item = selected();
  const definition = item ? kind.body(item) : structuredClone(kind.template);
  document.getElementById('definition-json').value = JSON.stringify(definition, null, 2);
  document.getElementById('definition-name-row').hidden = !(kind.named && !item);
  document.getElementById('definition-help').textContent = kind.help;
  showForm(definition);
}

/** After the JSON is edited by hand, the form follows it (when it is valid JSON; saving says when it is not). */
function formFollowsJson() {
  try {
    showForm(JSON.parse(document.getElementById('definition-json').value));
  } catch {
    // the form keeps its last good state until the JSON parses again
  }
}

async function loadKind() {
  const kind = document.getElementById('definition-kind').value;
  const which = document.getElementById('definition-item');
  which.replaceChildren();
  const items = await KINDS[kind].list();
  if (kind !== document.getElementById('definition-kind').value) {
    return;
  }
  state.kind = kind;
  state.items = items;
  which.replaceChildren(...state.items.map((item, index) => {
    const option = document.createElement('option');
    option.value = index;
    option.textContent = KINDS[state.kind].label(item);
    return option;
  }));
  const fresh = document.createElement('option');
  fresh.value = 'new';
  fresh.textContent = 'new…';
  which.append(fresh);
  showDefinition();
}

async function saveDefinition(event) {
  event.preventDefault();
  let body;
  try {
    body = JSON.parse(document.getElementById('definition-json').value);
  } catch (error) {
    say(`That is not valid JSON: ${error.message}`, true);
    return;
  }
  try {
    const item = selected();
    await KINDS[state.kind].save(item, body, document.getElementById('definition-name').value.trim());
    say('Saved.');
    const kept = document.getElementById('definition-item').value;
    await loadKind();
    if (kept !== 'new') {
      document.getElementById('definition-item').value = kept;
      showDefinition();
    }
  } catch (error) {
    say(error.message, true);
  }
}

function showRebuild(rebuild) {
  const bar = document.getElementById('reindex-progress');
  bar.max = Math.max(rebuild.total, 1);
  bar.value = rebuild.indexed;
  document.getElementById('reindex-status').textContent = rebuild.state === 'RUNNING'
    ? `Rebuilding: ${rebuild.indexed} of ${rebuild.total} documents indexed.`
    : rebuild.state === 'DONE'
      ? `Last rebuilt ${new Date(rebuild.finishedAt).toLocaleString()}: ${rebuild.indexed} documents.`
      : `The last rebuild failed: ${rebuild.failure}`;
  if (rebuild.state === 'RUNNING') {
    setTimeout(() => get(`search-index/rebuilds/${rebuild.id}`).then(showRebuild), 1000);
  }
}

export async function setUpCentre() {
  document.getElementById('definition-kind').addEventListener('change', () => {
    say('');
    loadKind().catch((e) => say(e.message, true));
  });
  document.getElementById('definition-item').addEventListener('change', () => {
    say('');
    showDefinition();
  });
  document.getElementById('definition-json').addEventListener('change', formFollowsJson);
  document.getElementById('definition').addEventListener('submit', saveDefinition);
  document.getElementById('reindex').addEventListener('click', async () => {
    showRebuild(await post('search-index/rebuilds'));
  });
  const recent = await get('search-index/rebuilds');
  if (recent.length > 0) {
    showRebuild(recent[0]);
  }
  await loadKind();
}
