// Mentions → entities: mentions with the same type and normalised name are one entity; an acronym
// defined in the text ("Government of Iraq (GoI)") joins its long form. The canonical name is the
// longest name; the key (type + normalised canonical name) is the cross-document identity.
import type { Entity, EntityMention, EntityType } from '../../pipeline/document.js';
import type { Candidate } from '../candidate.js';

export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function groupEntities(text: string, mentions: readonly Candidate[]): Entity[] {
  const groups = new Map<string, { type: EntityType; mentions: EntityMention[] }>();
  const aliasOf = new Map<string, string>();
  // Acronym definitions: the candidate right after "(" is an alias of the candidate before it.
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (m.rule === 'entities/acronym-definition' && next && /^\s*\($/.test(text.slice(m.end, next.start))) {
      aliasOf.set(`${next.type}:${normaliseName(text.slice(next.start, next.end))}`, `${m.type}:${normaliseName(text.slice(m.start, m.end))}`);
    }
  });
  for (const m of mentions) {
    const own = `${m.type}:${normaliseName(text.slice(m.start, m.end))}`;
    const key = aliasOf.get(own) ?? own;
    const group = groups.get(key) ?? { type: m.type, mentions: [] };
    group.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: m.rule });
    groups.set(key, group);
  }
  const entities: Entity[] = [];
  for (const { type, mentions: ms } of groups.values()) {
    const names = [...new Set(ms.map((m) => m.text.replace(/\s+/g, ' ')))];
    const name = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
    entities.push({ type, name, key: `${type}:${normaliseName(name)}`, aliases: names.filter((n) => n !== name).sort(), mentions: ms });
  }
  return mergeSameKey(entities);
}

/** Two groups can end with the same canonical key (an alias map joined them); keep one entity per key. */
function mergeSameKey(entities: Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    const seen = byKey.get(e.key);
    byKey.set(
      e.key,
      seen
        ? { ...seen, aliases: [...new Set([...seen.aliases, ...e.aliases])].sort(), mentions: [...seen.mentions, ...e.mentions].sort((a, b) => a.start - b.start) }
        : e,
    );
  }
  return [...byKey.values()];
}
