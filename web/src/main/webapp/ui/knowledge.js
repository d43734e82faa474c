// The knowledge-base search screen: words with suggestions as you type, a language, facet filters, highlighted
// snippets, "did you mean", and pages of ten.
import { get } from './api.js';

const PAGE_SIZE = 10;
const FACETS = { language: 'Language', product: 'Product', tags: 'Tag', audience: 'Audience' };
const PARAMETER = { language: 'language', product: 'product', tags: 'tag', audience: 'audience' };
const state = { page: 0, filters: new Map() };

function query() {
  const parameters = new URLSearchParams();
  parameters.set('q', document.getElementById('q').value);
  const language = document.getElementById('language').value;
  if (language) {
    parameters.set('language', language);
  }
  for (const [facet, value] of state.filters) {
    parameters.append(PARAMETER[facet], value);
  }
  parameters.set('page', state.page);
  parameters.set('size', PAGE_SIZE);
  return parameters;
}

async function search() {
  const status = document.getElementById('status');
  status.className = 'status';
  status.textContent = 'Searching…';
  try {
    const result = await get(`articles/search?${query()}`);
    showHits(result);
    showFacets(result.facets || {});
    status.replaceChildren(summary(result));
  } catch (e) {
    status.textContent = e.message;
    status.className = 'error';
  }
}

function summary(result) {
  const text = document.createElement('span');
  const first = result.page * result.size + 1;
  text.textContent = result.totalItems === 0
    ? 'No article found. '
    : `Articles ${first}–${first + result.items.length - 1} of ${result.totalItems}`
      + (result.matching === 'SOME_WORDS' ? ' (none had every word: these have some of them). ' : '. ');
  if (result.fellBackTo) {
    text.append(`Nothing in that language: showing ${result.fellBackTo}. `);
  }
  if (result.didYouMean) {
    const suggestion = document.createElement('button');
    suggestion.type = 'button';
    suggestion.className = 'link';
    suggestion.id = 'did-you-mean';
    suggestion.textContent = `Did you mean “${result.didYouMean}”?`;
    suggestion.addEventListener('click', () => {
      document.getElementById('q').value = result.didYouMean;
      state.page = 0;
      search();
    });
    text.append(suggestion);
  }
  return text;
}

function showHits(result) {
  const list = document.getElementById('hits');
  list.replaceChildren();
  for (const hit of result.items) {
    const item = document.createElement('li');
    item.className = 'hit';
    const title = document.createElement('h3');
    const link = document.createElement('a');
    link.href = `article.html?id=${hit.id}${result.searchId ? `&search=${result.searchId}` : ''}`;
    link.textContent = hit.title;
    title.append(link);
    const about = document.createElement('p');
    about.className = 'status';
    about.textContent = [hit.language, hit.product, hit.audience.toLowerCase(), ...(hit.tags || [])]
      .filter(Boolean).join(' · ');
    const summaryText = document.createElement('p');
    summaryText.textContent = hit.summary || '';
    item.append(title, about, summaryText);
    for (const snippet of hit.snippets || []) {
      item.append(marked(snippet));
    }
    list.append(item);
  }
  document.getElementById('previous').disabled = result.page === 0;
  document.getElementById('next').disabled = (result.page + 1) * result.size >= result.totalItems;
}

/**
 * A snippet as a paragraph: its text, with only its <mark> elements kept as marks. Nothing else in it is ever
 * rendered as markup, whatever an article contains.
 */
function marked(snippet) {
  const paragraph = document.createElement('p');
  paragraph.className = 'snippet';
  const parsed = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html').body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(node.textContent);
    }
  }
  return paragraph;
}

function showFacets(facets) {
  const container = document.getElementById('facets');
  container.replaceChildren();
  for (const [facet, label] of Object.entries(FACETS)) {
    const counts = facets[facet] || [];
    if (counts.length === 0) {
      continue;
    }
    const group = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    group.append(legend);
    for (const count of counts.slice(0, 8)) {
      const id = `facet-${facet}-${count.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.checked = state.filters.get(facet) === count.value;
      box.addEventListener('change', () => {
        if (box.checked) {
          state.filters.set(facet, count.value);
        } else {
          state.filters.delete(facet);
        }
        state.page = 0;
        search();
      });
      const name = document.createElement('label');
      name.htmlFor = id;
      name.textContent = `${count.value} (${count.count})`;
      const line = document.createElement('div');
      line.append(box, name);
      group.append(line);
    }
    container.append(group);
  }
}

let typing;
async function suggest() {
  const typed = document.getElementById('q').value;
  if (typed.trim().length < 2) {
    return;
  }
  const language = document.getElementById('language').value;
  const titles = await get(`articles/suggest?q=${encodeURIComponent(typed)}${language ? `&language=${language}` : ''}`);
  const list = document.getElementById('suggestions');
  list.replaceChildren(...titles.map((t) => {
    const option = document.createElement('option');
    option.value = t.title;
    return option;
  }));
}

document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  state.page = 0;
  state.filters.clear();
  search();
});
document.getElementById('q').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => suggest().catch(() => {}), 150);
});
document.getElementById('previous').addEventListener('click', () => {
  state.page -= 1;
  search();
});
document.getElementById('next').addEventListener('click', () => {
  state.page += 1;
  search();
});
