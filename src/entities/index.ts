// Entities: recognizers propose typed spans independently; refiners make the mentions flat, add
// names listed with a person, the other occurrences and short forms of every name, and group mentions into entities with
// canonical names, aliases and cross-document keys.
import type { Doc } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import type { Recognizer } from './candidate.js';
import { acronymDefinition } from './recognizers/acronym-definition.js';
import { acronyms } from './recognizers/acronyms.js';
import { compromiseNames } from './recognizers/compromise-names.js';
import { gazetteerPlaces } from './recognizers/gazetteer-places.js';
import { knownGroups } from './recognizers/known-groups.js';
import { locativeNames } from './recognizers/locative-names.js';
import { orgNames } from './recognizers/org-names.js';
import { personNames } from './recognizers/person-names.js';
import { placeDesignators } from './recognizers/place-designators.js';
import { weaponTerms } from './recognizers/weapon-terms.js';
import { addCoordinatedNames } from './refiners/coordinated-names.js';
import { groupEntities } from './refiners/group-entities.js';
import { addNameRepeats } from './refiners/name-repeats.js';
import { removeOverlaps } from './refiners/overlap.js';

/** Order matters on ties of equal length: earlier recognizers win ("al-Qaida" is a group before it is a name with a particle). */
const RECOGNIZERS: readonly Recognizer[] = [acronymDefinition, knownGroups, orgNames, placeDesignators, gazetteerPlaces, personNames, acronyms, weaponTerms];
/** Fill only the gaps the precise recognizers leave. */
const FALLBACK: readonly Recognizer[] = [compromiseNames, locativeNames];

export const entitiesStage: Stage<'zones' | 'sentences' | 'tokens' | 'quotations', 'entities'> = {
  name: 'entities',
  run(doc) {
    const precise = removeOverlaps(RECOGNIZERS.flatMap((r) => r(doc)));
    // Lists first, so that a name found in a list is then found everywhere; the fallback last, so
    // that it never hides a repeat of a name the precise recognizers typed.
    const repeated = addNameRepeats(doc.text, addCoordinatedNames(doc, precise));
    const mentions = removeOverlaps(repeated, FALLBACK.flatMap((r) => r(doc)));
    return { entities: Object.freeze(groupEntities(doc.text, mentions)) };
  },
};

export type EntitiesDoc = Doc<'zones' | 'sentences' | 'tokens' | 'quotations' | 'entities'>;
