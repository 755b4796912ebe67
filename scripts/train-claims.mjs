#!/usr/bin/env node
// `npm run train:claims`: learns from the PolNeAR *train* split (never the dev split), in two phases
// with a build between them (the second reads what the first wrote, through the compiled stage):
//   cues          src/claims/lexicons/learned-cues.json: for every word form, tagged as verb or not by
//                 our own segmenter, how often it sits inside a gold cue against how often it occurs;
//                 and which neighbouring words gold cues take along ("has said", "called for");
//                 and for nouns before a complement ("criticism of", "claim that", "decision to"),
//                 how often such a noun lies inside a gold cue and whether the cue takes the word after it;
//                 and for verbs before a preposition ("talked about", "railed against"), how often that pair is a cue.
//   plausibility  src/claims/model/plausibility.json: a logistic model over the features of
//                 src/claims/plausibility.ts, labelled by whether the scorer would pair a candidate's
//                 content with a gold content (character Dice ≥ 0.5, one to one, best overlap first);
//                 candidates nested in another's content are left out (PolNeAR annotates no nesting).
// Deterministic: fixed order, fixed epochs, no randomness; the same train file gives the same bytes.
//   node scripts/train-claims.mjs cues|plausibility [TRAIN.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segmentStage } from '../dist/segment/index.js';
import { zonesStage } from '../dist/zones/index.js';

const phase = process.argv[2];
const trainPath = resolve(process.argv[3] ?? '../shared/eval/data/polnear-train.jsonl');
if (phase !== 'cues' && phase !== 'plausibility') {
  console.error('usage: train-claims.mjs cues|plausibility [TRAIN.jsonl]');
  process.exit(2);
}
const articles = readFileSync(trainPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
// Zones and segments as the pipeline makes them: datelines, titles and page furniture shape the candidates.
const segment = (a) => {
  const base = { id: a.id, text: a.text, meta: { origin: { file: trainPath }, extra: {} }, language: 'eng' };
  const zoned = { ...base, ...zonesStage.run(base) };
  return { ...zoned, ...segmentStage.run(zoned) };
};
const round = (x) => Math.round(x * 1000) / 1000;
const byKey = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);

if (phase === 'cues') await trainCues();
else await trainPlausibility();

async function trainCues() {
// The noun frames are keyed as the recognizer reads them (the previous learned-cues.json is loaded, unused).
const { nounFrameKey, verbFrameKey } = await import('../dist/claims/cue-lexicon.js');
const outPath = resolve('src/claims/lexicons/learned-cues.json');
const MIN_COUNT = 3;
const MIN_PRECISION = 0.2;
const MIN_NEIGHBOUR_RATE = 0.5;
// Noun frames are kept at a lower precision: the plausibility model weighs them afterwards.
const MIN_FRAME_PRECISION = 0.1;

const keyOf = (t) => `${t.normal}/${t.tags.includes('Verb') ? 'v' : 'n'}`;
const total = new Map();
const inCue = new Map();
const neighbour = new Map(); // "head|side|word" → count
const headCount = new Map();
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
// Noun frames: "noun word" → occurrences, inside a gold cue, and with the word inside the same cue.
const frameTotal = new Map();
const frameHits = new Map();
const frameTakes = new Map();
// Verb frames: "verb preposition" ("talked about", "railed against") → occurrences, and inside a gold cue.
const verbFrameTotal = new Map();
const verbFrameHits = new Map();

for (const a of articles) {
  const { tokens } = segment(a);
  const cues = a.claims.map((c) => c.cue).filter(Boolean).sort((x, y) => x.start - y.start);
  const cueOf = (t) => cues.find((c) => c.start <= t.start && t.end <= c.end);
  tokens.forEach((t, i) => {
    if (!t.normal) return;
    const k = keyOf(t);
    bump(total, k);
    const cue = cueOf(t);
    const frame = nounFrameKey(tokens, i);
    if (frame) {
      bump(frameTotal, frame);
      if (cue) bump(frameHits, frame);
      if (cue && cueOf(tokens[i + 1]) === cue) bump(frameTakes, frame);
    }
    const verbFrame = verbFrameKey(t, tokens[i + 1]);
    if (verbFrame) {
      bump(verbFrameTotal, verbFrame);
      if (cue) bump(verbFrameHits, verbFrame);
    }
    if (!cue) return;
    bump(inCue, k);
    bump(headCount, k);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev) bump(neighbour, `${k}|before|${prev.normal}|${cueOf(prev) === cue ? 1 : 0}`);
    if (next) bump(neighbour, `${k}|after|${next.normal}|${cueOf(next) === cue ? 1 : 0}`);
  });
}

const cueWords = {};
for (const [k, n] of [...total].sort(byKey)) {
  const hits = inCue.get(k) ?? 0;
  if (hits >= MIN_COUNT && hits / n >= MIN_PRECISION) cueWords[k] = { precision: round(hits / n), count: n };
}
// Noun frames seen often enough and inside cues at least MIN_FRAME_PRECISION of the time, with the share of
// those cues that take the word after the noun along ("criticism of": 1, "claim that": 0).
const nounFrames = {};
for (const [k, n] of [...frameTotal].sort(byKey)) {
  const hits = frameHits.get(k) ?? 0;
  if (hits >= MIN_COUNT && hits / n >= MIN_FRAME_PRECISION) nounFrames[k] = { precision: round(hits / n), count: n, takes: round((frameTakes.get(k) ?? 0) / hits) };
}
// Verb frames seen often enough and inside cues at least MIN_PRECISION of the time.
const verbFrames = {};
for (const [k, n] of [...verbFrameTotal].sort(byKey)) {
  const hits = verbFrameHits.get(k) ?? 0;
  if (hits >= MIN_COUNT && hits / n >= MIN_PRECISION) verbFrames[k] = { precision: round(hits / n), count: n };
}
// Words a cue takes along on either side, learned only for words that are cues themselves.
const takes = {};
for (const [key, n] of [...neighbour].sort(byKey)) {
  const [head, side, word, inside] = key.split('|');
  if (inside !== '1' || !cueWords[head]) continue;
  const outside = neighbour.get(`${head}|${side}|${word}|0`) ?? 0;
  if (n >= MIN_COUNT && n / (n + outside) >= MIN_NEIGHBOUR_RATE) (takes[`${side}:${head}`] ??= []).push(word);
}

writeFileSync(
  outPath,
  `${JSON.stringify(
    {
      note: `Learned by scripts/train-claims.mjs from the PolNeAR train split (${articles.length} articles): per word form ("normal/v" verb, "normal/n" other), how often it lies inside a gold attribution cue (precision) out of all its occurrences (count); "takes" lists neighbouring words that gold cues include with that word ("before:said/v": ["has"]). Regenerate with npm run train:claims.`,
      cueWords,
      takes,
      nounFrames,
      verbFrames,
    },
    null,
    1,
  )}\n`,
);
console.log(`train:claims: ${Object.keys(cueWords).length} cue words, ${Object.keys(takes).length} neighbour rules, ${Object.keys(nounFrames).length} noun frames, ${Object.keys(verbFrames).length} verb frames → ${outPath}`);
}

async function trainPlausibility() {
  const { claimCandidates } = await import('../dist/claims/index.js');
  const { claimFeatures } = await import('../dist/claims/plausibility.js');
  const outPath = resolve('src/claims/model/plausibility.json');
  const ranges = (s) => s.ranges ?? [[s.start, s.end]];
  const span = (c) => c.map((s) => [s.start, s.end]);
  const dice = (a, b) => {
    let o = 0;
    for (const [s1, e1] of a) for (const [s2, e2] of b) o += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
    const len = (x) => x.reduce((n, [s1, e1]) => n + e1 - s1, 0);
    return (2 * o) / (len(a) + len(b) || 1);
  };
  const examples = [];
  for (const a of articles) {
    const doc = { ...segment(a), entities: [], times: { publication: { value: null, source: 'none', span: null }, expressions: [] } };
    const gold = a.claims.map((c) => ranges(c.content));
    const candidates = claimCandidates(doc);
    // Gold and candidates paired one to one, best overlap first, as the scorer pairs them: a clause
    // nested in a gold content must not borrow that content's label.
    const pairs = [];
    candidates.forEach((c, i) => gold.forEach((g, j) => {
      const d = dice(g, span(c.content));
      if (d >= 0.5) pairs.push([d, i, j]);
    }));
    pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    const positive = new Set();
    const used = new Set();
    for (const [, i, j] of pairs) {
      if (positive.has(i) || used.has(j)) continue;
      positive.add(i);
      used.add(j);
    }
    // PolNeAR as distributed has no nested attributions, so a candidate inside another's content has no
    // label to learn from; it is left out.
    const nested = (c) => c.cue && candidates.some((o) => o !== c && o.content.some((s) => s.start <= c.cue.start && c.cue.end <= s.end));
    candidates.forEach((c, i) => nested(c) || examples.push({ x: claimFeatures(doc, c), y: positive.has(i) ? 1 : 0 }));
  }
  // Logistic regression by stochastic gradient descent in file order, with L2: deterministic and small.
  const EPOCHS = 12;
  const L2 = 1e-3;
  const weights = new Map();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = 0.1 / (1 + epoch);
    for (const { x, y } of examples) {
      const z = x.reduce((s, f) => s + (weights.get(f) ?? 0), bias);
      const err = 1 / (1 + Math.exp(-z)) - y;
      bias -= rate * err;
      for (const f of x) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (err + L2 * w));
      }
    }
  }
  const kept = Object.fromEntries([...weights].filter(([, w]) => Math.abs(w) >= 0.01).sort(byKey).map(([f, w]) => [f, round(w)]));
  const positives = examples.filter((e) => e.y).length;
  writeFileSync(
    outPath,
    `${JSON.stringify({ note: `Learned by scripts/train-claims.mjs (plausibility) from the PolNeAR train split: ${examples.length} candidates of the claims recognizers, ${positives} matching a gold content. Logistic weights over the features of src/claims/plausibility.ts. Regenerate with npm run train:claims.`, bias: round(bias), weights: kept }, null, 1)}\n`,
  );
  console.log(`train:claims: plausibility from ${examples.length} candidates (${positives} positive), ${Object.keys(kept).length} weights → ${outPath}`);
}
