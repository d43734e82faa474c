// Forms for the set-up definitions people edit most, routing queues and QA scorecards: each builds the same JSON the
// API takes, handing it back on every change, so the form and the JSON beside it always agree.
import { rowsEditor } from './rows-editor.js';

let ids = 0;

/** A labelled input whose value is handed to `set` as it changes (numbers as numbers). */
function labelled(text, value, set, attributes = {}) {
  ids += 1;
  const wrapper = document.createElement('div');
  wrapper.className = 'form-field';
  const label = document.createElement('label');
  const field = document.createElement('input');
  field.id = `set-up-field-${ids}`;
  label.htmlFor = field.id;
  label.textContent = text;
  Object.assign(field, attributes);
  field.value = value ?? '';
  field.addEventListener('input', () => set(field.type === 'number' ? Number(field.value) : field.value));
  wrapper.append(label, field);
  return wrapper;
}

/** The row's fields that say something: no empty text, no unset numbers, no false flags. */
function meaningful(row) {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== '' && value !== false));
}

/** A routing queue: its answer target, the skills its contacts need, and the steps it widens by as they wait. */
export function queueForm(definition, changed) {
  const answer = { seconds: definition.answerTargetSeconds ?? 20 };
  const skills = Object.entries(definition.skills ?? {}).map(([skill, minimum]) => ({ skill, minimum }));
  const steps = (definition.steps ?? []).map((step) => ({ ...step }));
  const emit = () => changed({
    skills: Object.fromEntries(skills.filter((s) => s.skill).map((s) => [s.skill.trim(), s.minimum])),
    steps: steps.map(meaningful),
    answerTargetSeconds: answer.seconds,
    ...(definition.version == null ? {} : { version: definition.version }),
  });
  const form = document.createElement('div');
  form.className = 'set-up-form';
  form.append(
    labelled('Answer target (seconds)', answer.seconds, (v) => { answer.seconds = v; emit(); }, { type: 'number', min: 1 }),
    rowsEditor({
      caption: 'Skills its contacts need',
      columns: [
        { key: 'skill', label: 'Skill' },
        { key: 'minimum', label: 'Minimum proficiency (1–5)', type: 'number', attributes: { min: 1, max: 5 } },
      ],
      rows: skills,
      blank: () => ({ skill: '', minimum: 1 }),
      changed: emit,
      addLabel: 'Add a skill',
    }),
    rowsEditor({
      caption: 'Widening steps, by time waited',
      columns: [
        { key: 'afterSeconds', label: 'After (seconds)', type: 'number', attributes: { min: 0 } },
        { key: 'proficiencyRelief', label: 'Proficiency relief', type: 'number', attributes: { min: 0, max: 4 } },
        { key: 'alsoLanguage', label: 'Also language' },
        { key: 'nextTier', label: 'Next tier', type: 'checkbox' },
        { key: 'overflowTo', label: 'Overflow to queue' },
      ],
      rows: steps,
      blank: () => ({ afterSeconds: 60, proficiencyRelief: 1 }),
      changed: emit,
      addLabel: 'Add a step',
    }),
  );
  return form;
}

/** A QA scorecard: name, pass mark, and sections of weighted criteria with their scale and how critical they are. */
export function scorecardForm(definition, changed) {
  const card = {
    name: definition.name ?? '',
    passMark: definition.passMark ?? 80,
    sections: (definition.sections ?? []).map((s) => ({ ...s, criteria: (s.criteria ?? []).map((c) => ({ ...c })) })),
  };
  const emit = () => changed({
    name: card.name,
    passMark: card.passMark,
    sections: card.sections.map((s) => ({ name: s.name, weight: s.weight, criteria: s.criteria.map(meaningful) })),
  });
  const form = document.createElement('div');
  form.className = 'set-up-form';
  const sections = document.createElement('div');
  const draw = () => {
    sections.replaceChildren(...card.sections.map((section, index) => {
      const box = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = `Section ${index + 1}`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove this section';
      remove.addEventListener('click', () => { card.sections.splice(index, 1); draw(); emit(); });
      box.append(
        legend,
        labelled('Section name', section.name, (v) => { section.name = v; emit(); }),
        labelled('Section weight', section.weight, (v) => { section.weight = v; emit(); }, { type: 'number', min: 0 }),
        rowsEditor({
          caption: `Criteria of section ${index + 1}`,
          columns: [
            { key: 'name', label: 'Criterion' },
            { key: 'weight', label: 'Weight', type: 'number', attributes: { min: 0 } },
            { key: 'scale', label: 'Scale', options: ['YES_NO', 'ONE_TO_FIVE', 'ZERO_TO_TEN'] },
            { key: 'critical', label: 'Critical', options: ['NONE', 'SECTION', 'REVIEW'] },
            { key: 'bonus', label: 'Bonus', type: 'checkbox' },
          ],
          rows: section.criteria,
          blank: () => ({ name: '', weight: 10, scale: 'YES_NO', critical: 'NONE' }),
          changed: emit,
          addLabel: 'Add a criterion',
        }),
        remove,
      );
      return box;
    }));
  };
  draw();
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = 'Add a section';
  add.addEventListener('click', () => {
    card.sections.push({ name: '', weight: 10, criteria: [{ name: '', weight: 100, scale: 'YES_NO', critical: 'NONE' }] });
    draw();
    emit();
  });
  form.append(
    labelled('Scorecard name', card.name, (v) => { card.name = v; emit(); }),
    labelled('Pass mark (0–100)', card.passMark, (v) => { card.passMark = v; emit(); }, { type: 'number', min: 0, max: 100 }),
    sections,
    add,
  );
  return form;
}
