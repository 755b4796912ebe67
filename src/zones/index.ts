// Zones: where the statement really is. Page chrome first (its lines are skipped by the title and
// signature recognizers), then the statement's own parts; the body is what lies between.
import { bySpan, contains, type Doc, type Zone } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import { linesOf, type Line } from './lines.js';
import { boilerplateLines } from './recognizers/boilerplate-lines.js';
import { breadcrumb } from './recognizers/breadcrumb.js';
import { dateLine } from './recognizers/date-line.js';
import { dateline } from './recognizers/dateline.js';
import { scrapeHeader } from './recognizers/scrape-header.js';
import { signature } from './recognizers/signature.js';
import { title } from './recognizers/title.js';

type Recognizer = (text: string, lines: readonly Line[], isChrome: (l: Line) => boolean) => Zone[];

/** Page chrome: runs first, on every line. */
const CHROME: readonly Recognizer[] = [scrapeHeader, breadcrumb, boilerplateLines];
/** The statement's parts: see lines that are not chrome. */
const PARTS: readonly Recognizer[] = [title, dateline, dateLine, signature];

export const zonesStage: Stage<never, 'zones'> = {
  name: 'zones',
  run(doc: Doc) {
    const lines = linesOf(doc.text);
    const chrome = CHROME.flatMap((r) => r(doc.text, lines, () => false));
    const isChrome = (l: Line) => chrome.some((z) => contains(z, l));
    const parts = PARTS.flatMap((r) => r(doc.text, lines, isChrome));
    const found = [...chrome, ...parts];
    const bodyLines = lines.filter((l) => !isChrome(l) && !parts.some((z) => z.kind !== 'dateline' && contains(z, l)));
    const body: Zone[] = bodyLines.length
      ? [{ kind: 'body', start: bodyLines[0]!.start, end: bodyLines[bodyLines.length - 1]!.end, rule: 'zones/body' }]
      : [];
    return { zones: Object.freeze([...found, ...body].sort(bySpan)) };
  },
};
