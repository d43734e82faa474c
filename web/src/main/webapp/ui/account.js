// The header of every screen: the screens the user's roles open (the server refuses the others anyway), who is logged
// in with their roles, and a logout button; elements marked with data-roles the user's roles do not open are hidden.
import { logout, me } from './api.js';

/** Every screen, and the roles that open it (each role includes the ones below it). */
const SCREENS = [
  ['agent.html', 'Agent console', ['AGENT']],
  ['qa.html', 'QA console', ['QA_ANALYST', 'TEAM_LEAD']],
  ['dashboard.html', 'Supervisor dashboard', ['TEAM_LEAD', 'QA_ANALYST']],
  ['planning.html', 'Planning', ['TEAM_LEAD']],
  ['knowledge.html', 'Knowledge base', ['AGENT', 'QA_ANALYST']],
  ['admin.html', 'Administration', ['ADMIN']],
];
const KNOWLEDGE_PAGES = ['article.html', 'editor.html'];

function showScreens(user) {
  const here = window.location.pathname.split('/').pop();
  const current = KNOWLEDGE_PAGES.includes(here) ? 'knowledge.html' : here;
  document.getElementById('screens').replaceChildren(...SCREENS
    .filter(([, , roles]) => roles.some((role) => user.roles.includes(role)))
    .map(([page, title]) => {
      const link = document.createElement('a');
      link.href = page;
      link.textContent = title;
      if (page === current) {
        link.setAttribute('aria-current', 'page');
      }
      return link;
    }));
}

async function showAccount() {
  const user = await me();
  showScreens(user);
  const corner = document.getElementById('account');
  const who = document.createElement('span');
  who.textContent = `${user.displayName} (${user.roles.join(', ').toLowerCase().replaceAll('_', ' ')})`;
  const leave = document.createElement('button');
  leave.type = 'button';
  leave.id = 'logout';
  leave.textContent = 'Log out';
  leave.addEventListener('click', () => logout());
  corner.replaceChildren(who, leave);
  document.querySelectorAll('[data-roles]').forEach((element) => {
    const needs = element.dataset.roles.split(' ');
    element.hidden = !needs.some((role) => user.roles.includes(role));
  });
}

showAccount();
