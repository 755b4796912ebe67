// The entities command over a directory of graphs written by extract.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, SEED } from '../helpers/fixtures.js';
import { runCli, tempDir } from '../helpers/cli.js';

describe('claimgraph entities', () => {
  const out = tempDir();
  const inputs = [SEED, 'rajavi-2013-06-15-liberty-missile-attack', 'liberty-residents-2013-06-27-kerry-letter'].map((id) => join(FIXTURES, 'statements', `${id}.txt`));

  test('lists keys, document counts, canonical names and aliases merged over the batch', () => {
    expect(runCli(['extract', ...inputs, '--out', out]).code).toBe(0);
    const r = runCli(['entities', out]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    const liberty = rows.find((row) => row[0] === 'place:camp liberty')!;
    expect(liberty.slice(0, 3)).toEqual(['place:camp liberty', '3', 'Camp Liberty']);
    expect(liberty[3]!.split('; ')).toContain('Liberty');
    const ncri = rows.find((row) => row[0] === 'group:national council of resistance of iran')!;
    expect(ncri[3]!.split('; ')).toContain('NCRI');
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
  });

  test('--json: one object per line with the merged per-document keys', () => {
    const r = runCli(['entities', out, '--json']);
    expect(r.code).toBe(0);
    const entities = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const goi = entities.find((e) => e.key === 'group:government of iraq');
    expect(goi).toMatchObject({ type: 'group', name: 'Government of Iraq', documents: 2, keys: ['group:government of iraq'] });
    expect(goi.aliases).toContain('GoI');
  });

  test('a directory that does not exist is a usage error (exit 2)', () => {
    const r = runCli(['entities', join(tempDir(), 'missing')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read graph directory/);
  });
});
