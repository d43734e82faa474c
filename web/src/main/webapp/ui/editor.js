// The article editor: write a new article or change one (saved as a draft, with a note for the history), publish it
// (team leads and above), or start a translation: a new article in another language, filled in from the original and
// linked to it (saved through the original's translations).
import { get, post, put } from './api.js';

const params = new URLSearchParams(window.location.search);
const status = document.getElementById('status');
const FIELDS = ['title', 'summary', 'body', 'product', 'category'];
let article = null;
/** The article a new translation translates, while it is not saved yet. */
let translating = null;

function say(text, failed = false) {
  status.textContent = text;
  status.classList.toggle('error', failed);
}

function fill(source) {
  FIELDS.forEach((field) => {
    document.getElementById(field).value = source[field] || '';
  });
  document.getElementById('body-format').value = source.bodyFormat || 'MARKDOWN';
  document.getElementById('language').value = source.language || 'en';
  document.getElementById('audience').value = source.audience || 'INTERNAL';
  document.getElementById('tags').value = (source.tags || []).join(', ');
  document.getElementById('review-by').value = source.reviewBy || '';
}

function content() {
  const body = Object.fromEntries(FIELDS.map((field) => [field, document.getElementById(field).value || null]));
  return {
    ...body,
    bodyFormat: document.getElementById('body-format').value,
    language: document.getElementById('language').value,
    audience: document.getElementById('audience').value,
    tags: document.getElementById('tags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
    reviewBy: document.getElementById('review-by').value || null,
    note: document.getElementById('note').value || null,
  };
}

function showState() {
  document.getElementById('editor-title').textContent = article ? `Edit: ${article.title}` : 'New article';
  document.getElementById('editor-state').textContent = article
    ? `${article.status.toLowerCase()}, revision ${article.revision}` : 'Not saved yet.';
  const view = document.getElementById('view');
  view.hidden = !article;
  if (article) {
    view.href = `article.html?id=${article.id}`;
  }
}

async function save() {
  if (article) {
    article = await put(`articles/${article.id}`, { ...content(), version: article.version });
  } else {
    article = await post(translating ? `articles/${translating.id}/translations` : 'articles', content());
    translating = null;
  }
  document.getElementById('note').value = '';
  history.replaceState(null, '', `editor.html?id=${article.id}`);
  showState();
}

document.getElementById('editor').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await save();
    say(`Saved: revision ${article.revision}.`);
  } catch (error) {
    say(error.message, true);
  }
});

document.getElementById('publish').addEventListener('click', async () => {
  if (!document.getElementById('editor').reportValidity()) {
    return;
  }
  try {
    await save();
    article = await post(`articles/${article.id}/publish`, { version: article.version });
    showState();
    say('Published: agents find it in searches now.');
  } catch (error) {
    say(error.message, true);
  }
});

async function start() {
  if (params.get('id')) {
    article = await get(`articles/${params.get('id')}`);
    fill(article);
  } else if (params.get('from')) {
    const original = await get(`articles/${params.get('from')}`);
    translating = original;
    const taken = new Set([original.language,
      ...(await get(`articles/${original.id}/translations`)).map((other) => other.language)]);
    const free = [...document.getElementById('language').options].map((o) => o.value).find((l) => !taken.has(l));
    fill({ ...original, language: free ?? original.language });
    document.getElementById('note').value = `Translation of article ${original.id} (${original.language})`;
    say(`Translating “${original.title}”: choose the language and rewrite the text in it.`);
  }
  showState();
}

start().catch((error) => say(error.message, true));
