// Weapons: a head noun from the lexicon with its calibre or model modifiers ("107mm missiles",
// "122 mm Katyusha rockets", "AK-47 assault rifles"), without determiners or counts.
import { z } from 'zod';
import { dictionaryPattern, loadLexicon } from '../../pipeline/lexicon.js';
import type { Candidate, Recognizer } from '../candidate.js';
import data from '../lexicons/weapons.json' with { type: 'json' };

const { heads } = loadLexicon('entities/weapons', z.object({ heads: z.array(z.string().min(1)) }), data);
const CALIBRE = String.raw`\d+(?:\.\d+)?\s?mm\s+`;
const MODEL = String.raw`[A-Z][A-Za-z]*-\d+[A-Za-z]?\s+`;
const MODIFIER = String.raw`(?:assault|sub-?machine|machine|heavy|light|anti-?tank|anti-?aircraft|rocket-propelled|cruise|ballistic|guided|surface-to-air|Katyusha|Grad|C-4|tear|water)\s+`;
const WEAPON = new RegExp(String.raw`\b(?:${CALIBRE}|${MODEL})?(?:${MODIFIER}){0,2}${dictionaryPattern(heads)}(?![\w-])`, 'gi');

export const weaponTerms: Recognizer = (doc) => {
  const out: Candidate[] = [];
  for (const m of doc.text.matchAll(WEAPON)) {
    out.push({ type: 'weapon', start: m.index, end: m.index + m[0].length, rule: 'entities/weapon-terms' });
  }
  return out;
};
