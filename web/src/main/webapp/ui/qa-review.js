// The QA console's review form: the audit's scorecard with each criterion's weight and whether it is critical, an
// answer (or N/A) and a comment per criterion, the score worked out live as answers change, save as draft, submit.
import { get, post, put } from './api.js';

const SCALES = {
  YES_NO: [['1', 'yes'], ['0', 'no']],
  ONE_TO_FIVE: [1, 2, 3, 4, 5].map((n) => [String(n), String(n)]),
  ZERO_TO_TEN: [...Array(11).keys()].map((n) => [String(n), String(n)]),
};
const form = { review: null, scorecard: null, say: () => {}, done: () => {} };

function criterionRow(section, criterion, answer) {
  const row = document.createElement('div');
  row.className = 'criterion';
  const id = `c-${section.name}-${criterion.name}`.replace(/[^A-Za-z0-9-]/g, '_');
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `${criterion.name} (weight ${criterion.weight}${criterion.critical !== 'NONE' ? `, critical: ${criterion.critical.toLowerCase().replaceAll('_', ' ')}` : ''})`;
  const select = document.createElement('select');
  select.id = id;
  select.dataset.section = section.name;
  select.dataset.criterion = criterion.name;
  for (const [value, text] of [['', '— not yet —'], ...SCALES[criterion.scale], ['na', 'N/A']]) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    select.append(option);
  }
  if (answer) {
    select.value = answer.na ? 'na' : String(answer.value);
  }
  const comment = document.createElement('input');
  comment.id = `${id}-comment`;
  comment.placeholder = 'comment';
  comment.setAttribute('aria-label', `Comment on ${criterion.name}`);
  comment.maxLength = 2000;
  comment.value = answer?.comment || '';
  row.append(label, select, comment);
  return row;
}

function answers() {
  return [...document.querySelectorAll('#review-criteria select')]
    .filter((select) => select.value !== '')
    .map((select) => {
      const comment = document.getElementById(`${select.id}-comment`).value || null;
      const answer = { section: select.dataset.section, criterion: select.dataset.criterion, comment };
      return select.value === 'na' ? { ...answer, na: true } : { ...answer, value: Number(select.value) };
    });
}

async function score() {
  const shown = document.getElementById('review-score');
  const selects = document.querySelectorAll('#review-criteria select');
  const answered = answers().length;
  if (answered < selects.length) {
    shown.textContent = `${answered} of ${selects.length} criteria answered: answer each (or mark it N/A) to see the score.`;
    return;
  }
  try {
    const sheet = await post('quality/scorecards/preview', {
      scorecardName: form.scorecard.name,
      scorecardVersion: form.scorecard.version,
      answers: answers(),
    });
    shown.textContent = `Score so far ${sheet.total == null ? '–' : sheet.total.toFixed(1)} of 100 (pass mark ${form.scorecard.passMark}): `
      + (sheet.autoFailed ? 'failed on a critical item' : sheet.passed ? 'passes' : 'does not pass');
  } catch (error) {
    shown.textContent = error.message;
  }
}

async function save() {
  form.review = await put(`quality/reviews/${form.review.id}/ratings`, { version: form.review.version, answers: answers() });
}

/**
 * Opens the review of a sampled contact (starting it when it has none yet) for reviewer `reviewerId`; `say` shows
 * outcomes, `done` runs after a submission.
 */
export async function openReview(unit, reviewerId, say, done) {
  const { scorecardName, scorecardVersion } = unit.audit;
  form.scorecard = await get(`quality/scorecards/${encodeURIComponent(scorecardName)}/versions/${scorecardVersion}`);
  form.review = unit.reviewId
    ? await get(`quality/reviews/${unit.reviewId}?viewerId=${reviewerId}`)
    : await post('quality/reviews', {
      contactId: unit.contactId,
      reviewerId,
      scorecardName,
      scorecardVersion,
    });
  form.say = say;
  form.done = done;
  const given = new Map((form.review.answers || []).map((a) => [`${a.section}/${a.criterion}`, a]));
  const criteria = document.getElementById('review-criteria');
  criteria.replaceChildren(...form.scorecard.sections.map((section) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = `${section.name} (weight ${section.weight})`;
    fieldset.append(legend, ...section.criteria.map((c) => criterionRow(section, c, given.get(`${section.name}/${c.name}`))));
    return fieldset;
  }));
  document.getElementById('review-title').textContent = `Review of contact ${unit.contactId} (agent ${unit.agentId}) against ${form.scorecard.name} v${form.scorecard.version}`;
  const section = document.getElementById('review-section');
  section.hidden = false;
  section.scrollIntoView();
  await score();
}

document.getElementById('review-criteria').addEventListener('change', score);

document.getElementById('save-review').addEventListener('click', async () => {
  try {
    await save();
    form.say('Draft saved.');
  } catch (error) {
    form.say(error.message, true);
  }
});

document.getElementById('review-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await save();
    const submitted = await post(`quality/reviews/${form.review.id}/submit`, { version: form.review.version });
    document.getElementById('review-section').hidden = true;
    form.say(`Review submitted: score ${submitted.total.toFixed(1)}, ${submitted.passed ? 'passed' : 'not passed'}.`);
    await form.done();
  } catch (error) {
    form.say(error.message, true);
  }
});
