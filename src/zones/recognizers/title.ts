// The title: the first line after the page chrome that reads as a headline (short, no final stop).
// A headline repeated further down (as crawled pages show it, once as page title, once above the
// story) is the title again: a reader sees it, so its names and attributions count each time.
import type { Zone } from '../../pipeline/document.js';
import type { Line } from '../lines.js';

const MAX_TITLE = 200;

export function title(_text: string, lines: readonly Line[], isChrome: (l: Line) => boolean): Zone[] {
  const candidates = lines.filter((l) => !isChrome(l));
  const head = candidates.slice(0, 4).find((l) => l.text.length <= MAX_TITLE && !/[.!?]["”’]?$/.test(l.text) && /[a-z]/.test(l.text));
  if (!head) return [];
  const zones: Zone[] = [{ kind: 'title', start: head.start, end: head.end, rule: 'zones/title' }];
  for (const l of candidates) {
    if (l !== head && l.text === head.text) zones.push({ kind: 'title', start: l.start, end: l.end, rule: 'zones/title' });
  }
  return zones;
}
