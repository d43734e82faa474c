// The login page: says why the last attempt failed, and carries the screen the user came for through the login.
const params = new URLSearchParams(window.location.search);
const MESSAGES = {
  invalid: 'Wrong username or password.',
  throttled: 'Too many failed logins: wait 15 minutes and try again.',
};

const error = params.get('error');
if (error) {
  const shown = document.getElementById('login-error');
  shown.textContent = MESSAGES[error] || 'Logging in failed.';
  shown.hidden = false;
}
document.getElementById('next').value = params.get('next') || '';
