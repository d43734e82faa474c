// The agent console's case panel: the case of the contact in hand with its history, the articles suggested for it
// and a knowledge-base search, and what the agent does next: resolve (naming the article that solved it), escalate,
// pend, and record the customer's satisfaction. Everything users wrote is shown as text, never as markup.
import { get, post } from './api.js';

const current = { contact: null, case: null, say: () => {} };

function item(text, articleId) {
  const li = document.createElement('li');
  const title = document.createElement('span');
  title.textContent = text;
  li.append(title);
  if (articleId) {
    const choose = document.createElement('button');
    choose.type = 'button';
    choose.textContent = 'Solved it';
    choose.setAttribute('aria-label', `${text} solved it`);
    choose.addEventListener('click', () => chooseArticle(articleId, text));
    li.append(' ', choose);
  }
  return li;
}

function chooseArticle(id, title) {
  const select = document.getElementById('solved-by');
  if (![...select.options].some((option) => option.value === String(id))) {
    const option = document.createElement('option');
    option.value = id;
    option.textContent = title;
    select.append(option);
  }
  select.value = String(id);
  select.focus();
}

function showArticles(list, articles) {
  list.replaceChildren(...articles.map((a) => item(`${a.title} (${a.language})`, a.id)));
  if (articles.length === 0) {
    list.replaceChildren(item('No article found.'));
  }
}

async function showCase() {
  const id = current.contact.caseId;
  const [supportCase, history, suggestions] = await Promise.all([
    get(`cases/${id}`),
    get(`cases/${id}/history`),
    get(`cases/${id}/article-suggestions`),
  ]);
  current.case = supportCase;
  document.getElementById('case-title').textContent = `Case ${supportCase.id}: ${supportCase.subject}`;
  document.getElementById('case-summary').textContent = `${supportCase.customerName} · ${supportCase.status}`
    + ` · tier ${supportCase.supportTier} · ${supportCase.priority} · ${supportCase.type}`;
  document.getElementById('case-description').textContent = supportCase.description || '';
  document.getElementById('case-history').replaceChildren(...history.map((t) => item(
    `${new Date(t.occurredAt).toLocaleString()}: ${t.action.toLowerCase()}`
      + (t.toStatus ? ` → ${t.toStatus}` : '') + (t.toTier && t.toTier !== t.fromTier ? ` (tier ${t.toTier})` : '')
      + (t.reason ? `: ${t.reason}` : ''),
  )));
  showArticles(document.getElementById('case-articles'), suggestions);
}

/** Shows the contact's case (if it has one) for the agent to work on. */
export async function openCase(contact, say) {
  current.contact = contact;
  current.say = say;
  const section = document.getElementById('case-section');
  section.hidden = false;
  const hasCase = Boolean(contact.caseId);
  ['resolve', 'escalate', 'pend'].forEach((form) => {
    document.getElementById(form).hidden = !hasCase;
  });
  if (hasCase) {
    await showCase();
  } else {
    document.getElementById('case-title').textContent = `Contact ${contact.id} (no case)`;
    document.getElementById('case-summary').textContent = `${contact.channel} · ${contact.reasonCode || 'no reason given'}`;
    document.getElementById('case-description').textContent = '';
    document.getElementById('case-history').replaceChildren();
    document.getElementById('case-articles').replaceChildren();
  }
  section.scrollIntoView();
}

function onSubmit(id, work) {
  document.getElementById(id).addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      current.say(await work());
      if (current.contact.caseId) {
        await showCase();
      }
    } catch (error) {
      current.say(error.message, true);
    }
  });
}

onSubmit('resolve', async () => {
  const caseId = current.case.id;
  await post(`cases/${caseId}/resolve`, {
    version: current.case.version,
    resolutionCode: document.getElementById('resolution').value,
    note: document.getElementById('resolve-note').value || null,
  });
  const article = document.getElementById('solved-by').value;
  if (article) {
    await post(`articles/${article}/cases`, { caseId });
    return `Case ${caseId} resolved, with the article that solved it.`;
  }
  return `Case ${caseId} resolved.`;
});

onSubmit('escalate', async () => {
  const updated = await post(`cases/${current.case.id}/escalate`, {
    version: current.case.version,
    reason: document.getElementById('escalate-reason').value,
  });
  return `Case ${updated.id} escalated to tier ${updated.supportTier}.`;
});

onSubmit('pend', async () => {
  await post(`cases/${current.case.id}/pend`, {
    version: current.case.version,
    pendingReason: document.getElementById('pend-reason').value,
    note: document.getElementById('pend-note').value || null,
  });
  return `Case ${current.case.id} pending.`;
});

onSubmit('csat', async () => {
  await post(`contacts/${current.contact.id}/survey`, { csat: Number(document.getElementById('csat-score').value) });
  return 'Satisfaction recorded.';
});

onSubmit('kb-search', async () => {
  const q = document.getElementById('kb-q').value;
  const result = await get(`articles/search?q=${encodeURIComponent(q)}&size=5`);
  showArticles(document.getElementById('kb-hits'), result.items);
  return `${result.totalItems} articles found.`;
});

document.getElementById('kb-q').addEventListener('input', async (event) => {
  const typed = event.target.value.trim();
  if (typed.length < 2) {
    return;
  }
  const titles = await get(`articles/suggest?q=${encodeURIComponent(typed)}`);
  document.getElementById('kb-suggestions').replaceChildren(...titles.map((t) => {
    const option = document.createElement('option');
    option.value = t.title;
    return option;
  }));
});
