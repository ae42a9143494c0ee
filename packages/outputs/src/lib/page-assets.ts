/** The page's stylesheet: system fonts, AA contrast, a table that becomes cards on a phone. */
export const PAGE_STYLE = `
:root { color-scheme: light; --text: #1f2328; --muted: #57606a; --link: #0550ae; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; --focus: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--text); background: var(--bg); }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.meta, .count { color: var(--muted); }
nav ul { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
form { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem; padding: 0.75rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
label { display: block; font-weight: 600; font-size: 0.875rem; margin-bottom: 0.25rem; }
input, select { width: 100%; font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--text); }
table { width: 100%; border-collapse: collapse; margin-top: 1rem; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); }
th button { white-space: nowrap; font: inherit; font-weight: 600; color: var(--link); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
td.date { white-space: nowrap; }
.sort-mobile { display: none; margin-top: 0.75rem; }
.sort-mobile button { font: inherit; padding: 0.4rem 0.75rem; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--text); }
@media (max-width: 40rem) {
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table, tbody, tr, td { display: block; }
  tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: 0.75rem; padding: 0.25rem 0; }
  td { border: 0; padding: 0.2rem 0.75rem; }
  caption { display: block; text-align: left; }
  td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  .sort-mobile { display: block; }
}
`;

/** The page's script: filters (text, workplace, location) and date sort over the rows already in the page. */
export const PAGE_SCRIPT = `
(() => {
  const form = document.getElementById('filters');
  const body = document.getElementById('jobs');
  const rows = Array.from(body.rows);
  const count = document.getElementById('count');
  const sortButtons = Array.from(document.querySelectorAll('[data-sort]'));
  const header = document.getElementById('date-header');
  let newestFirst = true;
  const apply = () => {
    const text = document.getElementById('filter-text').value.trim().toLowerCase();
    const workplace = document.getElementById('filter-workplace').value;
    const location = document.getElementById('filter-location').value;
    let shown = 0;
    for (const row of rows) {
      const visible = (!text || row.dataset.text.includes(text)) &&
        (!workplace || row.dataset.workplace === workplace) &&
        (!location || row.dataset.location === location);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown + ' of ' + rows.length + ' jobs shown';
  };
  const sort = () => {
    newestFirst = !newestFirst;
    const ordered = rows.slice().sort((a, b) => {
      const order = a.dataset.posted < b.dataset.posted ? -1 : a.dataset.posted > b.dataset.posted ? 1 : 0;
      return (newestFirst ? -order : order) || Number(a.dataset.index) - Number(b.dataset.index);
    });
    body.append(...ordered);
    header.setAttribute('aria-sort', newestFirst ? 'descending' : 'ascending');
    for (const button of sortButtons) button.textContent = newestFirst ? 'Date (newest first)' : 'Date (oldest first)';
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const button of sortButtons) button.addEventListener('click', sort);
  apply();
})();
`;
