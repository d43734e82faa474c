// One knowledge-base article: its text, votes ("was this helpful?"), its version history with a comparison of any
// version with the current one, its versions in other languages, and links to edit it or write it in another language.
import { get, me, post } from './api.js';
import { safeHtml } from './safe-html.js';
import { table } from './format.js';

const params = new URLSearchParams(window.location.search);
const id = params.get('id');
const status = document.getElementById('status');
let article;

function say(text, failed = false) {
  status.textContent = text;
  status.classList.toggle('error', failed);
}

async function showArticle() {
  article = await get(`articles/${id}`);
  document.title = `${article.title} · Frontline`;
  document.getElementById('article-title').textContent = article.title;
  document.getElementById('article-meta').textContent = [article.status.toLowerCase(), article.language, article.product,
    article.audience.toLowerCase(), ...(article.tags || []), `revision ${article.revision}`,
    article.reviewBy ? `review by ${article.reviewBy}` : null].filter(Boolean).join(' · ');
  document.getElementById('article-summary').textContent = article.summary || '';
  document.getElementById('article-body').replaceChildren(...safeHtml(article.bodyHtml));
  document.getElementById('edit').href = `editor.html?id=${article.id}`;
  document.getElementById('translate').href = `editor.html?from=${article.id}`;
  await showLanguages();
}

/** Links to the article's original and translations, each with its language and, unless published, its status. */
async function showLanguages() {
  const others = await get(`articles/${id}/translations`);
  document.getElementById('languages').hidden = others.length === 0;
  document.getElementById('language-links').replaceChildren(...others.flatMap((other, index) => {
    const link = document.createElement('a');
    link.href = `article.html?id=${other.id}`;
    link.lang = other.language;
    link.textContent = `${other.title} (${other.language}${other.original ? ', original' : ''}`
      + `${other.status === 'PUBLISHED' ? '' : `, ${other.status.toLowerCase()}`})`;
    return index === 0 ? [link] : [document.createTextNode(' · '), link];
  }));
}

async function compare(revision) {
  const diff = await get(`articles/${id}/diff?from=${revision}&to=${article.revision}`);
  document.getElementById('diff').hidden = false;
  document.getElementById('diff-title').textContent = `Revision ${diff.from} → ${diff.to}`;
  table(document.getElementById('diff-fields'), [
    { title: 'Field', text: (c) => c.field },
    { title: 'Before', text: (c) => c.before ?? '' },
    { title: 'After', text: (c) => c.after ?? '' },
  ], diff.changes, 'Nothing changed.');
  document.getElementById('diff-body').textContent = (diff.bodyDiff || []).join('\n');
}

async function showVersions() {
  const versions = await get(`articles/${id}/versions?size=50`);
  table(document.getElementById('versions'), [
    { title: 'Revision', numeric: true, text: (v) => v.revision },
    { title: 'When', text: (v) => new Date(v.editedAt).toLocaleString() },
    { title: 'Who', text: (v) => v.editedBy || '' },
    { title: 'Why', text: (v) => v.note || '' },
    {
      title: 'Compare',
      node: (v) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Compare with current';
        button.setAttribute('aria-label', `Compare revision ${v.revision} with the current one`);
        button.disabled = v.revision === article.revision;
        button.addEventListener('click', () => compare(v.revision).catch((error) => say(error.message, true)));
        return button;
      },
    },
  ], versions.items, 'No versions.');
}

async function vote(helpful) {
  try {
    const { username } = await me();
    await post(`articles/${id}/votes`, { helpful, voter: username });
    say('Thank you: your vote counts towards this article\'s helpfulness (voting again replaces it).');
  } catch (error) {
    say(error.message, true);
  }
}

async function start() {
  await showArticle();
  await showVersions();
  const search = params.get('search');
  post(`articles/${id}/views`, search ? { searchId: Number(search) } : {}).catch(() => {});
  document.getElementById('helpful').addEventListener('click', () => vote(true));
  document.getElementById('unhelpful').addEventListener('click', () => vote(false));
}

start().catch((error) => say(error.message, true));
