// `claimgraph entities <graph dir> [--json]`: the entities of a batch of graphs, with their keys,
// aliases and document counts, aliases merged across the batch (see src/entities/batch.ts).
import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { mergeBatch, type GraphEntity } from '../../entities/batch.js';
import { ENTITY_TYPES } from '../../pipeline/document.js';
import { EXIT, UsageError, type ExitCode } from '../../pipeline/errors.js';

/** Only the fields this command reads; everything else in a graph is ignored. */
const GraphEntitiesSchema = z.object({
  document: z.object({ id: z.string() }),
  nodes: z.array(
    z.union([
      z.object({
        kind: z.literal('entity'),
        key: z.string(),
        type: z.enum(ENTITY_TYPES),
        name: z.string(),
        aliases: z.array(z.string()),
        mentions: z.array(z.unknown()),
      }),
      z.object({ kind: z.string() }),
    ]),
  ),
});

function readGraphs(dir: string): Map<string, GraphEntity[]> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    throw new UsageError(`cannot read graph directory ${dir}: ${(e as Error).message}`);
  }
  const graphs = new Map<string, GraphEntity[]>();
  for (const f of files) {
    let parsed;
    try {
      parsed = GraphEntitiesSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    } catch (e) {
      throw new UsageError(`${join(dir, f)}: not JSON (${(e as Error).message})`);
    }
    if (!parsed.success) throw new UsageError(`${join(dir, f)}: not a claimgraph graph (${z.prettifyError(parsed.error).split('\n')[0]})`);
    const entities = parsed.data.nodes.flatMap((n) => ('key' in n ? [{ key: n.key, type: n.type, name: n.name, aliases: n.aliases, mentions: n.mentions.length }] : []));
    graphs.set(parsed.data.document.id, entities);
  }
  return graphs;
}

export function registerEntities(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('entities')
    .description('list the entities of a directory of graphs: key, document count, canonical name, aliases merged across the batch')
    .argument('<graph-dir>', 'a directory of graphs written by `claimgraph extract --out`')
    .option('--json', 'one JSON object per entity and line, with the merged per-document keys and mention counts')
    .action((dir: string, options: { json?: boolean }) => {
      const entities = mergeBatch(readGraphs(dir));
      const lines = entities.map((e) => (options.json ? JSON.stringify(e) : [e.key, e.documents, e.name, e.aliases.join('; ')].join('\t')));
      process.stdout.write(lines.map((l) => `${l}\n`).join(''));
      setExit(EXIT.ok);
    });
}
