// Identity across documents: the entities of a batch of graphs, one row per entity. Keys that
// share a name or alias of the same type are one entity ("group:ncri" in one graph, "National
// Council of Resistance of Iran" with the alias "NCRI" in another), so aliases learned in any
// document hold for the whole batch. The merged entity takes the fullest canonical name and its key.
import type { EntityType } from '../pipeline/document.js';
import { normaliseName, shouted } from './refiners/group-entities.js';

export interface GraphEntity {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: number;
}

export interface BatchEntity {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The per-document keys merged into this entity. */
  readonly keys: readonly string[];
  readonly documents: number;
  readonly mentions: number;
}

const fullness = (name: string) => [name.split(/\s+/).length, name.length] as const;
const fuller = (a: string, b: string) => {
  const [fa, fb] = [fullness(a), fullness(b)];
  return fb[0] - fa[0] || fb[1] - fa[1] || shouted(a) - shouted(b) || (a < b ? -1 : a > b ? 1 : 0);
};

export function mergeBatch(graphs: ReadonlyMap<string, readonly GraphEntity[]>): BatchEntity[] {
  const keys = new Map<string, { type: EntityType; names: Set<string>; canonical: Set<string>; documents: Set<string>; mentions: number }>();
  for (const [doc, entities] of graphs) {
    for (const e of entities) {
      const k = keys.get(e.key) ?? { type: e.type, names: new Set<string>(), canonical: new Set<string>(), documents: new Set<string>(), mentions: 0 };
      k.canonical.add(e.name);
      for (const n of [e.name, ...e.aliases]) k.names.add(n);
      k.documents.add(doc);
      k.mentions += e.mentions;
      keys.set(e.key, k);
    }
  }
  const list = [...keys.keys()].sort();
  const parent = new Map(list.map((k) => [k, k]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  const owner = new Map<string, string>();
  for (const key of list) {
    const k = keys.get(key)!;
    for (const n of k.names) {
      const id = `${k.type}:${normaliseName(n)}`;
      const other = owner.get(id);
      if (other === undefined) owner.set(id, key);
      else if (find(other) !== find(key)) parent.set(find(key), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const key of list) groups.set(find(key), [...(groups.get(find(key)) ?? []), key]);
  const out: BatchEntity[] = [];
  for (const members of groups.values()) {
    const parts = members.map((m) => keys.get(m)!);
    const type = parts[0]!.type;
    const name = parts.flatMap((p) => [...p.canonical]).sort(fuller)[0]!;
    const names = new Set(parts.flatMap((p) => [...p.names]));
    names.delete(name);
    out.push({
      key: `${type}:${normaliseName(name)}`,
      type,
      name,
      aliases: [...names].sort(),
      keys: members,
      documents: new Set(parts.flatMap((p) => [...p.documents])).size,
      mentions: parts.reduce((n, p) => n + p.mentions, 0),
    });
  }
  return out.sort((a, b) => b.documents - a.documents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
