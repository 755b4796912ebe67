// Site navigation copied with the page: "HomeStatementsStatements: Ashraf / Liberty…" (words glued
// together where the menu items were separate links) or a row of menu items split by | › » >.
import type { Zone } from '../../pipeline/document.js';
import type { Line } from '../lines.js';

const GLUED_HOME = /^Home(?=[A-Z])/;
const MENU_SEPARATORS = /\s[|›»>]\s/g;

export function breadcrumb(_text: string, lines: readonly Line[]): Zone[] {
  return lines
    .slice(0, 12)
    .filter((l) => GLUED_HOME.test(l.text) || (l.text.match(MENU_SEPARATORS)?.length ?? 0) >= 2)
    .map((l) => ({ kind: 'breadcrumb', start: l.start, end: l.end, rule: 'zones/breadcrumb' }));
}
