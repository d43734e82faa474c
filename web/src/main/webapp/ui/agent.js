// The agent console: my status, the contacts offered to me (live, with their SLA countdown) to accept or reject, the
// ones I handle, and my day so far; choosing a contact opens its case (agent-case.js).
import { get, me, post } from './api.js';
import { openCase } from './agent-case.js';

const status = document.getElementById('status');
const customers = new Map();
let agentId;
let work = [];

function say(text, failed = false) {
  status.textContent = text;
  status.classList.toggle('error', failed);
}

function countdown(deadline) {
  if (!deadline) {
    return 'no SLA';
  }
  const seconds = Math.round((new Date(deadline) - Date.now()) / 1000);
  const sign = seconds < 0 ? '−' : '';
  const left = Math.abs(seconds);
  const clock = `${Math.floor(left / 3600)}:${String(Math.floor(left / 60) % 60).padStart(2, '0')}:${String(left % 60).padStart(2, '0')}`;
  return seconds < 0 ? `SLA breached ${sign}${clock}` : `SLA in ${clock}`;
}

async function customerOf(contactId) {
  if (!customers.has(contactId)) {
    customers.set(contactId, get(`contacts/${contactId}`).then(async (contact) => ({
      contact,
      customer: contact.customerId ? await get(`customers/${contact.customerId}`) : null,
    })));
  }
  return customers.get(contactId);
}

function button(text, action) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', action);
  return element;
}

/** Accepts, rejects or completes a contact; says whether it worked. */
async function act(contact, action, body, done) {
  try {
    await post(`routing/contacts/${contact.contactId}/${action}`, { agentId, ...body });
    say(done);
    return true;
  } catch (error) {
    say(error.message, true);
    return false;
  }
}

function showWork() {
  const list = document.getElementById('work');
  list.replaceChildren(...work.map((contact) => {
    const item = document.createElement('li');
    item.className = `contact ${contact.state.toLowerCase()}`;
    item.dataset.contact = contact.contactId;
    const title = document.createElement('strong');
    title.textContent = `${contact.state === 'OFFERED' ? 'Offered' : 'Handling'}: ${contact.channel} · ${contact.queue}`;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = `${contact.valueTier} customer · ${contact.priority} · tier ${contact.tier}`;
    customerOf(contact.contactId).then(({ customer }) => {
      if (customer) {
        who.textContent = `${customer.name} · ${contact.valueTier} customer · ${contact.priority} · tier ${contact.tier}`;
      }
    }).catch(() => {});
    const sla = document.createElement('span');
    sla.className = 'sla';
    sla.dataset.deadline = contact.slaDeadline || '';
    sla.textContent = countdown(contact.slaDeadline);
    const actions = document.createElement('div');
    actions.className = 'buttons';
    if (contact.state === 'OFFERED') {
      actions.append(
        button('Accept', async () => {
          if (await act(contact, 'accept', {}, 'Accepted.')) {
            await open(contact);
          }
        }),
        button('Reject', () => act(contact, 'reject', {}, 'Rejected: it goes to someone else.')),
      );
    } else {
      actions.append(
        button('Open', () => open(contact)),
        button('Complete', () => act(contact, 'complete', { wrapUp: false }, 'Completed.')),
      );
    }
    item.append(title, who, sla, actions);
    return item;
  }));
  document.getElementById('work-live').textContent = work.length === 0
    ? 'Nothing offered to you right now. This list updates by itself.'
    : 'Updates by itself.';
}

async function open(routed) {
  const { contact } = await customerOf(routed.contactId);
  await openCase(contact, say);
}

async function showMe() {
  const agent = await get(`agents/${agentId}`);
  document.getElementById('my-status').textContent =
    `${agent.name}: ${agent.status.toLowerCase().replace('_', ' ')} since ${new Date(agent.statusSince).toLocaleTimeString()}`;
}

async function showMyDay() {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const today = await get(`contacts?agentId=${agentId}&from=${start.toISOString()}&size=100`);
  const handled = today.items.filter((c) => !c.abandoned && c.endedAt);
  const average = handled.length === 0 ? 0 : handled.reduce((sum, c) => sum + c.handleSeconds, 0) / handled.length;
  const rated = today.items.filter((c) => c.csat);
  document.getElementById('my-day').textContent = `${handled.length} contacts handled today`
    + (handled.length ? `, ${Math.round(average)} s average handle time` : '')
    + (rated.length ? `, CSAT ${(rated.reduce((s, c) => s + c.csat, 0) / rated.length).toFixed(1)} of 5` : '')
    + '.';
}

function listen() {
  const events = new EventSource(new URL(`../api/routing/agents/${agentId}/work/events`, document.baseURI));
  events.addEventListener('work', (event) => {
    work = JSON.parse(event.data);
    showWork();
    showMe().catch(() => {});
  });
  window.addEventListener('pagehide', () => events.close());
  events.onerror = () => {
    document.getElementById('work-live').textContent = 'Reconnecting…';
  };
}

async function start() {
  const user = await me();
  if (!user.agentId) {
    say('Your login works as no agent, so nothing can be offered to you: ask an administrator to link it to your agent.', true);
    return;
  }
  agentId = user.agentId;
  document.querySelectorAll('[data-status]').forEach((element) => element.addEventListener('click', async () => {
    try {
      await post(`agents/${agentId}/status`, { status: element.dataset.status });
      await showMe();
    } catch (error) {
      say(error.message, true);
    }
  }));
  setInterval(() => document.querySelectorAll('.sla').forEach((sla) => {
    sla.textContent = countdown(sla.dataset.deadline);
  }), 1000);
  await Promise.all([showMe(), showMyDay()]);
  listen();
}

start().catch((error) => say(error.message, true));
