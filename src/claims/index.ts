// Claims: cue recognizers propose (cue, source, content); refiners drop duplicates, nest claims,
// pick the mode, resolve the source to an entity and find the time the claim was made.
import { contains, overlaps, type Claim, type Span } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import type { ClaimCandidate, ClaimsInput, CueRecognizer } from './candidate.js';
import { accordingTo } from './cues/according-to.js';
import { colonHeadline } from './cues/colon-headline.js';
import { colonQuotation } from './cues/colon-quotation.js';
import { headlineVerb } from './cues/headline-verb.js';
import { inSource } from './cues/in-source.js';
import { nounCue } from './cues/noun-cue.js';
import { reportAdverb } from './cues/report-adverb.js';
import { reportedSpeech } from './cues/reported-speech.js';
import { speakerLabel } from './cues/speaker-label.js';
import { claimFeatures, PLAUSIBLE, plausibility } from './plausibility.js';
import { claimMode } from './refiners/mode.js';
import { withQuotedParagraphs } from './refiners/quoted-paragraphs.js';
import { resolveSource } from './refiners/source-resolution.js';

const RECOGNIZERS: readonly CueRecognizer[] = [accordingTo, reportedSpeech, speakerLabel, colonHeadline, colonQuotation, headlineVerb, inSource, reportAdverb];
/**
 * Recognizers that only add claims the others missed: a noun cue's content that mostly coincides with
 * another candidate's ("She has no plans to run for the Senate, she said": "to run for the Senate") is
 * that claim read from inside, and the scorer would count it twice.
 */
const SECONDARY: readonly CueRecognizer[] = [nounCue];

/** Every recognizer's candidates, one per content, before the plausibility filter (training reads these). */
export function claimCandidates(doc: ClaimsInput): ClaimCandidate[] {
  const prose = (c: ClaimCandidate) => !doc.zones.some((z) => NOT_PROSE.has(z.kind) && c.content.some((s) => overlaps(z, s)));
  const primary = RECOGNIZERS.flatMap((r) => r(doc)).filter(prose);
  const secondary = SECONDARY.flatMap((r) => r(doc)).filter((c) => prose(c) && !primary.some((p) => dice(p.content, c.content) >= 0.5));
  return withQuotedParagraphs(doc, dedupe([...primary, ...secondary]));
}

/** Character Dice overlap of two contents. */
function dice(a: readonly Span[], b: readonly Span[]): number {
  const length = (x: readonly Span[]) => x.reduce((n, s) => n + s.end - s.start, 0);
  const shared = a.reduce((n, s) => n + b.reduce((m, t) => m + Math.max(0, Math.min(s.end, t.end) - Math.max(s.start, t.start)), 0), 0);
  return (2 * shared) / (length(a) + length(b) || 1);
}

/** Zones of page furniture (scrape headers, breadcrumbs, share lines): nobody is quoted there. */
const NOT_PROSE = new Set(['scrape-header', 'breadcrumb', 'boilerplate']);

export const claimsStage: Stage<'zones' | 'sentences' | 'tokens' | 'quotations' | 'entities' | 'times', 'claims'> = {
  name: 'claims',
  run(doc: ClaimsInput) {
    const candidates = claimCandidates(doc).filter((c) => plausibility(claimFeatures(doc, c)) >= PLAUSIBLE);
    const claims: Claim[] = candidates.map((c) => {
      const cue = c.cue;
      const madeAt = cue
        ? doc.times.expressions.findIndex((t) => t.start >= cue.end && t.start - cue.end <= 4 && /^\s*on\s*$/.test(doc.text.slice(cue.end, t.start)))
        : -1;
      return {
        content: c.content.map((s) => ({ start: s.start, end: s.end })),
        cue,
        source: c.source,
        sourceEntity: resolveSource(doc.text, c.source, doc.entities),
        mode: claimMode(doc.text, c.content, doc.quotations),
        parent: null,
        madeAt: madeAt >= 0 ? madeAt : null,
        rule: c.rule,
      };
    });
    // Nesting: a claim whose cue and content lie inside another claim's content is quoted by it.
    const nested = claims.map((c) => {
      const parent = claims.findIndex((p) => p !== c && c.cue !== null && p.content.some((r) => contains(r, c.cue!) && c.content.every((s) => contains(r, s))));
      return parent >= 0 ? { ...c, parent } : c;
    });
    return { claims: Object.freeze(nested) };
  },
};

/**
 * One claim per content range and per cue: the first recognizer wins. A claim whose content holds the
 * first one's cue quotes it, and keeps the same range ("The man is believed to be a courier, officials said").
 */
function dedupe(candidates: readonly ClaimCandidate[]): ClaimCandidate[] {
  const seen = new Map<string, Span | null>();
  const cues: Span[] = [];
  const outer = (c: ClaimCandidate, s: Span) => {
    const inner = seen.get(`${s.start}-${s.end}`);
    return inner !== undefined && inner !== null && contains(s, inner) && c.cue !== null && !contains(s, c.cue);
  };
  return candidates
    .filter((c) => {
      const keys = c.content.map((s) => `${s.start}-${s.end}`);
      // A cue inside an earlier claim's source ("according to reports received …") is part of that source.
      if (c.content.some((s, k) => seen.has(keys[k]!) && !outer(c, s)) || (c.cue && cues.some((q) => overlaps(q, c.cue!)))) return false;
      keys.forEach((k) => seen.has(k) || seen.set(k, c.cue));
      if (c.cue) cues.push(c.cue);
      if (c.source) cues.push(c.source);
      return true;
    })
    .sort((a, b) => a.content[0]!.start - b.content[0]!.start || a.content[0]!.end - b.content[0]!.end);
}
