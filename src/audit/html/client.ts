// The pages' behaviour, written as plain functions so the compiler checks them, and inlined into the
// pages as their source text (`inlineScript`). They run in the browser: they may use only the DOM
// and nothing from their module scope.

/** Document page: selecting a claim row, an entity or a time highlights its spans in the text and scrolls to the first. */
export function documentPageScript(): void {
  const text = document.getElementById('text');
  if (!text) return;
  const HIT_CLASSES = ['hit', 'hit-source', 'hit-cue', 'hit-content', 'hit-mention'];
  const TARGETS: Record<string, readonly (readonly [string, string])[]> = {
    claim: [
      ['cs', 'hit-source'],
      ['cc', 'hit-cue'],
      ['cq', 'hit-content'],
    ],
    entity: [['e', 'hit-mention']],
    time: [['t', 'hit-mention']],
  };
  const selectable = '[data-claim],[data-entity],[data-time]';

  const select = (item: HTMLElement): void => {
    for (const el of document.querySelectorAll('.hit')) el.classList.remove(...HIT_CLASSES);
    for (const el of document.querySelectorAll('.selected')) el.classList.remove('selected');
    item.classList.add('selected');
    for (const [kind, targets] of Object.entries(TARGETS)) {
      const index = item.dataset[kind];
      if (index === undefined) continue;
      for (const [attr, cls] of targets) {
        for (const el of text.querySelectorAll(`[data-${attr}~="${index}"]`)) el.classList.add('hit', cls);
      }
    }
    text.querySelector('.hit')?.scrollIntoView({ block: 'center' });
    if (item.id) history.replaceState(null, '', `#${item.id}`);
  };

  const selectFromHash = (): void => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target?.matches(selectable)) select(target);
  };
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    // A link (to an outer claim in a chain) selects its target through the hash instead.
    if (target?.closest('a')) return;
    const item = target?.closest<HTMLElement>(selectable);
    if (item) select(item);
  });
  document.addEventListener('keydown', (event) => {
    const item = (event.target as Element | null)?.closest<HTMLElement>(selectable);
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(item);
    }
  });
  window.addEventListener('hashchange', selectFromHash);
  selectFromHash();
}

/** Index page: the filter box hides the documents and errors whose text does not contain every word typed. */
export function indexPageScript(): void {
  const box = document.getElementById('filter') as HTMLInputElement | null;
  const shown = document.getElementById('shown');
  if (!box) return;
  const apply = (): void => {
    const words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    let visible = 0;
    for (const row of document.querySelectorAll<HTMLElement>('[data-search]')) {
      const haystack = row.dataset.search ?? '';
      row.hidden = !words.every((w) => haystack.includes(w));
      if (!row.hidden && row.dataset.doc !== undefined) visible++;
    }
    if (shown) shown.textContent = String(visible);
  };
  box.addEventListener('input', apply);
  apply();
}

/** A `<script>` element running `fn` — one of the functions above — from its own source text. */
export const inlineScript = (fn: () => void): string => `<script>(${fn.toString()})();</script>`;
