// The administration screen: users and their roles (add, change, disable), the admin action log, and the centre's
// set-up (admin-centre.js).
import { get, post, put } from './api.js';
import { table } from './format.js';
import { setUpCentre } from './admin-centre.js';
import { setUpDemoReset } from './admin-demo.js';

const ROLES = ['AGENT', 'QA_ANALYST', 'TEAM_LEAD', 'SUPERVISOR', 'ADMIN'];
const status = document.getElementById('status');
let editing;
let page = 0;

function roleBoxes(fieldset, prefix) {
  for (const role of ROLES) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = role;
    box.id = `${prefix}-${role.toLowerCase()}`;
    label.append(box, ` ${role.toLowerCase().replace('_', ' ')}`);
    fieldset.append(label);
  }
}

function checkedRoles(fieldset) {
  return [...fieldset.querySelectorAll('input:checked')].map((box) => box.value);
}

function agentId(input) {
  return input.value === '' ? null : Number(input.value);
}

function say(text, failed = false) {
  status.textContent = text;
  status.classList.toggle('error', failed);
}

function edit(user) {
  editing = user;
  document.getElementById('edit-username').textContent = user.username;
  document.getElementById('edit-name').value = user.displayName;
  document.getElementById('edit-agent').value = user.agentId ?? '';
  document.getElementById('edit-enabled').checked = user.enabled;
  document.querySelectorAll('#edit-roles input').forEach((box) => {
    box.checked = user.roles.includes(box.value);
  });
  document.getElementById('edit-section').hidden = false;
  document.getElementById('edit-name').focus();
}

async function showUsers() {
  const users = await get(`users?page=${page}&size=25`);
  document.getElementById('previous').disabled = page === 0;
  document.getElementById('next').disabled = page + 1 >= users.totalPages;
  table(document.getElementById('users'), [
    { title: 'Username', text: (u) => u.username },
    { title: 'Name', text: (u) => u.displayName },
    { title: 'Roles', text: (u) => u.roles.join(', ') },
    { title: 'Agent', text: (u) => u.agentId ?? '–', numeric: true },
    { title: 'May log in', text: (u) => (u.enabled ? 'yes' : 'no') },
    {
      title: 'Change',
      node: (u) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Change';
        button.setAttribute('aria-label', `Change ${u.username}`);
        button.addEventListener('click', () => edit(u));
        return button;
      },
    },
  ], users.items, 'No users.');
}

async function showActions() {
  const actions = await get('admin/actions?size=20');
  table(document.getElementById('actions'), [
    { title: 'When', text: (a) => new Date(a.at).toLocaleString() },
    { title: 'Who', text: (a) => a.actor },
    { title: 'What', text: (a) => `${a.method} ${a.target}` },
    { title: 'Status', text: (a) => a.status, numeric: true },
    { title: 'From', text: (a) => a.remoteAddress ?? '' },
  ], actions.items, 'No administrator changes yet.');
}

async function refresh() {
  await Promise.all([showUsers(), showActions()]);
}

document.getElementById('add-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    const user = await post('users', {
      username: document.getElementById('new-username').value,
      displayName: document.getElementById('new-name').value,
      password: document.getElementById('new-password').value,
      roles: checkedRoles(document.getElementById('new-roles')),
      agentId: agentId(document.getElementById('new-agent')),
    });
    form.reset();
    say(`Added ${user.username}.`);
    edit(user);
    await refresh();
  } catch (error) {
    say(error.message, true);
  }
});

document.getElementById('edit-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const user = await put(`users/${editing.id}`, {
      version: editing.version,
      displayName: document.getElementById('edit-name').value,
      roles: checkedRoles(document.getElementById('edit-roles')),
      agentId: agentId(document.getElementById('edit-agent')),
      enabled: document.getElementById('edit-enabled').checked,
    });
    editing = user;
    say(`Saved ${user.username}.`);
    await refresh();
  } catch (error) {
    say(error.message, true);
  }
});

document.getElementById('previous').addEventListener('click', () => {
  page -= 1;
  showUsers().catch((error) => say(error.message, true));
});
document.getElementById('next').addEventListener('click', () => {
  page += 1;
  showUsers().catch((error) => say(error.message, true));
});

roleBoxes(document.getElementById('new-roles'), 'new');
roleBoxes(document.getElementById('edit-roles'), 'edit');
refresh().catch((error) => say(error.message, true));
setUpCentre().catch((error) => say(error.message, true));
setUpDemoReset().catch((error) => say(error.message, true));
