// Entities: recognizers propose typed spans independently; refiners make the mentions flat and
// group them into entities with canonical names, aliases and cross-document keys.
import type { Doc } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import type { Recognizer } from './candidate.js';
import { acronymDefinition } from './recognizers/acronym-definition.js';
import { compromiseNames } from './recognizers/compromise-names.js';
import { weaponTerms } from './recognizers/weapon-terms.js';
import { groupEntities } from './refiners/group-entities.js';
import { removeOverlaps } from './refiners/overlap.js';

/** Order matters on ties of equal length: earlier recognizers win. */
const RECOGNIZERS: readonly Recognizer[] = [acronymDefinition, weaponTerms, compromiseNames];

export const entitiesStage: Stage<'zones' | 'sentences' | 'tokens' | 'quotations', 'entities'> = {
  name: 'entities',
  run(doc) {
    const candidates = RECOGNIZERS.flatMap((r) => r(doc));
    const mentions = removeOverlaps(candidates);
    return { entities: Object.freeze(groupEntities(doc.text, mentions)) };
  },
};

export type EntitiesDoc = Doc<'zones' | 'sentences' | 'tokens' | 'quotations' | 'entities'>;
