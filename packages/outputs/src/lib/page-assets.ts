/**
 * The page's stylesheet: system fonts, light and dark colours by `prefers-color-scheme` (every text and
 * link colour at least 4.5:1 on its background, WCAG AA), a table that becomes cards on a phone.
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --text: #1f2328; --muted: #57606a; --link: #0550ae; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; --focus: #0969da; --field: #ffffff; --border: #8c959f; --new: #1a7f37; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6edf3; --muted: #9198a1; --link: #4493f8; --line: #3d444d; --bg: #0d1117; --soft: #151b23; --focus: #4493f8; --field: #0d1117; --border: #6e7681; --new: #3fb950; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--text); background: var(--bg); }
header, main, footer { max-width: 80rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.meta, .count { color: var(--muted); }
nav ul { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
figure { margin: 0 0 1rem; }
figure svg { max-width: 100%; height: auto; }
form { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.75rem; padding: 0.75rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
label { display: block; font-weight: 600; font-size: 0.875rem; margin-bottom: 0.25rem; }
input, select { width: 100%; font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--border); border-radius: 6px; background: var(--field); color: var(--text); }
table { width: 100%; border-collapse: collapse; margin-top: 1rem; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); }
th button { white-space: nowrap; font: inherit; font-weight: 600; color: var(--link); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
td.date, td.age, td.salary { white-space: nowrap; }
.new { color: var(--new); font-weight: 600; }
.empty { padding: 1rem; border: 1px dashed var(--border); border-radius: 6px; }
.empty button, .sort-mobile button { font: inherit; padding: 0.4rem 0.75rem; border: 1px solid var(--border); border-radius: 6px; background: var(--field); color: var(--text); cursor: pointer; }
.sort-mobile { display: none; margin-top: 0.75rem; }
@media (max-width: 40rem) {
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table, tbody, tr, td { display: block; }
  tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: 0.75rem; padding: 0.25rem 0; }
  td { border: 0; padding: 0.2rem 0.75rem; }
  td:empty { display: none; }
  caption { display: block; text-align: left; }
  td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  .sort-mobile { display: block; }
}
`;

/**
 * The page's script: filters (text, workplace, location, skill, salary, visa sponsorship, age) and the date
 * sort over the rows already in the page; the filters live in the address's fragment (`#q=…&skill=…`), so a
 * filtered view can be shared, and are restored from it on load; a message (with a clear button) when
 * nothing matches.
 */
export const PAGE_SCRIPT = `
(() => {
  const form = document.getElementById('filters');
  const body = document.getElementById('jobs');
  const rows = Array.from(body.rows);
  const count = document.getElementById('count');
  const empty = document.getElementById('empty');
  const sortButtons = Array.from(document.querySelectorAll('[data-sort]'));
  const header = document.getElementById('date-header');
  const fields = Array.from(form.querySelectorAll('[data-param]'));
  let newestFirst = true;
  const value = (name) => document.querySelector('[data-param="' + name + '"]').value;
  const matches = (row) => {
    const text = value('q').trim().toLowerCase();
    const age = value('age');
    const skill = value('skill');
    const data = row.dataset;
    return (!text || data.text.includes(text)) &&
      (!value('workplace') || data.workplace === value('workplace')) &&
      (!value('location') || data.location === value('location')) &&
      (!skill || data.skills.split('|').includes(skill)) &&
      (!value('salary') || data.salary === '1') &&
      (!value('visa') || data.visa === value('visa')) &&
      (!age || (age === 'new' ? data.new === '1' : Number(data.age) <= Number(age)));
  };
  const writeUrl = () => {
    const params = new URLSearchParams();
    for (const field of fields) if (field.value) params.set(field.dataset.param, field.value);
    if (!newestFirst) params.set('sort', 'oldest');
    const hash = params.toString();
    const url = hash ? '#' + hash : location.pathname + location.search;
    try { history.replaceState(null, '', url); } catch { location.replace(hash ? '#' + hash : '#'); }
  };
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const visible = matches(row);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown + ' of ' + rows.length + ' jobs shown';
    empty.hidden = shown > 0 || rows.length === 0;
  };
  const order = () => {
    const ordered = rows.slice().sort((a, b) => {
      const byDate = a.dataset.posted < b.dataset.posted ? -1 : a.dataset.posted > b.dataset.posted ? 1 : 0;
      return (newestFirst ? -byDate : byDate) || Number(a.dataset.index) - Number(b.dataset.index);
    });
    body.append(...ordered);
    header.setAttribute('aria-sort', newestFirst ? 'descending' : 'ascending');
    for (const button of sortButtons) button.textContent = newestFirst ? 'Date (newest first)' : 'Date (oldest first)';
  };
  const readUrl = () => {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const field of fields) {
      const wanted = params.get(field.dataset.param) || '';
      const known = field.tagName !== 'SELECT' || Array.from(field.options).some((option) => option.value === wanted);
      field.value = known ? wanted : '';
    }
    newestFirst = params.get('sort') !== 'oldest';
    order();
    apply();
  };
  form.addEventListener('input', () => { apply(); writeUrl(); });
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const button of sortButtons) button.addEventListener('click', () => { newestFirst = !newestFirst; order(); writeUrl(); });
  document.getElementById('clear').addEventListener('click', () => {
    for (const field of fields) field.value = '';
    apply();
    writeUrl();
    fields[0].focus();
  });
  window.addEventListener('hashchange', readUrl);
  readUrl();
})();
`;
