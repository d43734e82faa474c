// Shows an article's body, which the server has already rendered and sanitised, once more through an allow-list in
// the browser: only plain formatting elements survive, links only to http(s) and mailto, and no other attribute.
const ALLOWED = new Set(['P', 'BR', 'STRONG', 'EM', 'B', 'I', 'U', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'HR', 'SPAN', 'DIV']);

const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH']);

function clean(node) {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) {
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE || DROPPED.has(child.tagName.toUpperCase())) {
      child.remove();
      continue;
    }
    clean(child);
    if (!ALLOWED.has(child.tagName)) {
      child.replaceWith(...child.childNodes);
      continue;
    }
    const href = child.tagName === 'A' ? child.getAttribute('href') : null;
    for (const attribute of [...child.attributes]) {
      child.removeAttribute(attribute.name);
    }
    if (href && /^(https?:|mailto:)/i.test(href.trim())) {
      child.setAttribute('href', href.trim());
      child.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

/** The body as nodes to append: parsed without running anything, then cleaned. */
export function safeHtml(html) {
  const parsed = new DOMParser().parseFromString(`<div>${html || ''}</div>`, 'text/html');
  const root = parsed.body.firstElementChild;
  clean(root);
  return [...root.childNodes];
}
