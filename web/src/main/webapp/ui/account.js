// The header's account corner on every screen: who is logged in, their roles, a logout button; and the screen links
// their roles do not open are hidden (the server refuses them anyway).
import { logout, me } from './api.js';

async function showAccount() {
  const user = await me();
  const corner = document.getElementById('account');
  const who = document.createElement('span');
  who.textContent = `${user.displayName} (${user.roles.join(', ').toLowerCase().replaceAll('_', ' ')})`;
  const leave = document.createElement('button');
  leave.type = 'button';
  leave.id = 'logout';
  leave.textContent = 'Log out';
  leave.addEventListener('click', () => logout());
  corner.replaceChildren(who, leave);
  document.querySelectorAll('nav a[data-roles]').forEach((link) => {
    const needs = link.dataset.roles.split(' ');
    link.hidden = !needs.some((role) => user.roles.includes(role));
  });
}

showAccount();
