// An editable table of rows for the set-up forms: one labelled input per column, a button to remove a row and one to
// add a row; every change calls back with the rows as they now stand.

let ids = 0;

function input(column, row, changed) {
  const field = column.options ? document.createElement('select') : document.createElement('input');
  if (column.options) {
    field.replaceChildren(...column.options.map((value) => new Option(value, value)));
    field.value = row[column.key] ?? column.options[0];
  } else if (column.type === 'checkbox') {
    field.type = 'checkbox';
    field.checked = Boolean(row[column.key]);
  } else {
    field.type = column.type ?? 'text';
    Object.assign(field, column.attributes ?? {});
    field.value = row[column.key] ?? '';
  }
  field.addEventListener(column.type === 'checkbox' || column.options ? 'change' : 'input', () => {
    if (column.type === 'checkbox') {
      row[column.key] = field.checked;
    } else if (column.type === 'number') {
      row[column.key] = field.value === '' ? null : Number(field.value);
    } else {
      row[column.key] = field.value;
    }
    changed();
  });
  return field;
}

/**
 * A table editing `rows` (objects, changed in place) with `columns` ({key, label, type, options, attributes}); `blank`
 * makes a new row; `changed` is called after every edit, addition or removal.
 */
export function rowsEditor({ caption, columns, rows, blank, changed, addLabel }) {
  const table = document.createElement('table');
  table.className = 'rows-editor';
  const title = table.createCaption();
  title.textContent = caption;
  const head = table.createTHead().insertRow();
  columns.forEach((column) => {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = column.label;
    head.append(cell);
  });
  head.append(document.createElement('th'));
  const body = table.createTBody();
  const draw = () => {
    body.replaceChildren();
    rows.forEach((row, index) => {
      const line = body.insertRow();
      columns.forEach((column) => {
        const field = input(column, row, changed);
        ids += 1;
        field.id = `row-field-${ids}`;
        field.setAttribute('aria-label', `${column.label}, row ${index + 1}`);
        line.insertCell().append(field);
      });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove row ${index + 1} of ${caption}`);
      remove.addEventListener('click', () => {
        rows.splice(index, 1);
        draw();
        changed();
      });
      line.insertCell().append(remove);
    });
  };
  draw();
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = addLabel;
  add.addEventListener('click', () => {
    rows.push(blank());
    draw();
    changed();
  });
  const wrapper = document.createElement('div');
  wrapper.append(table, add);
  return wrapper;
}
