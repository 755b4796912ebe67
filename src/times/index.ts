// Times: the publication date first (the reference), then every expression resolved against it.
import type { Doc, TimeExpression } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import { chronoReference, parseDate } from './calendar.js';
import { newsChrono } from './chrono.js';
import { publicationDate } from './publication-date.js';
import { toTimex } from './timex.js';

export const timesStage: Stage<'zones' | 'sentences', 'times'> = {
  name: 'times',
  run(doc) {
    const publication = publicationDate(doc);
    const expressions: TimeExpression[] = [];
    if (publication.value) {
      const ref = chronoReference(parseDate(publication.value));
      for (const r of newsChrono.parse(doc.text, ref, { forwardDate: false })) {
        const timex = toTimex(r);
        if (timex) expressions.push({ start: r.index, end: r.index + r.text.length, text: r.text, ...timex, rule: 'times/chrono' });
      }
    } else {
      // Without a reference only absolute expressions can be resolved.
      for (const r of newsChrono.parse(doc.text, new Date(2000, 0, 1, 12))) {
        const timex = r.start.isCertain('year') ? toTimex(r) : null;
        if (timex) expressions.push({ start: r.index, end: r.index + r.text.length, text: r.text, ...timex, rule: 'times/chrono' });
      }
    }
    return { times: Object.freeze({ publication, expressions: Object.freeze(expressions) }) };
  },
};
