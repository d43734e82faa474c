// Shows KPI values in their units, and builds the tables of the screens.

export function value(number, unit, currency) {
  if (number === undefined || number === null) {
    return '–';
  }
  switch (unit) {
    case '%':
      return `${number.toFixed(1)} %`;
    case 'seconds':
      return number >= 600 ? `${(number / 60).toFixed(1)} min` : `${Math.round(number)} s`;
    case 'money':
      return `${number.toFixed(2)} ${currency || ''}`.trim();
    case 'hours':
      return `${number.toFixed(1)} h`;
    default:
      return Number.isInteger(number) ? number.toLocaleString('en') : number.toFixed(2);
  }
}

/**
 * Fills a table (keeping its caption) with a header row and one row per item; numeric columns align right, and a
 * column with `node` instead of `text` puts an element (a button) in its cells.
 */
export function table(element, columns, items, empty = 'Nothing in this period.') {
  const caption = element.querySelector('caption');
  element.replaceChildren();
  if (caption) {
    element.append(caption);
  }
  const head = element.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.title;
    if (column.numeric) {
      th.className = 'number';
    }
    head.append(th);
  }
  const body = element.createTBody();
  for (const item of items) {
    const row = body.insertRow();
    for (const column of columns) {
      const cell = row.insertCell();
      if (column.node) {
        cell.append(column.node(item));
      } else {
        cell.textContent = column.text(item);
      }
      if (column.numeric) {
        cell.className = 'number';
      }
    }
  }
  if (items.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = columns.length;
    cell.textContent = empty;
  }
}
