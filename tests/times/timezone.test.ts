// Determinism: no time value depends on the machine's clock or zone. The CLI runs under zones
// on both sides of UTC, on the fixtures and on news sentences full of relative dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const NEWS = [
  { id: 'relative', publishedAt: '2013-03-31', text: 'Last week the talks failed. On Tuesday the envoy will return; he arrived Sunday night, two days later than planned, and left at 0300 GMT. This spring, early 2013, Nowruz and Easter all came and went.' },
  { id: 'midnight', publishedAt: '2013-10-27', text: 'The attack began at midnight on Saturday and ended yesterday morning, a year after the last one.' },
];

describe('times: determinism under any zone', () => {
  test('TZ=Asia/Tehran and TZ=America/Los_Angeles give byte-identical graphs', () => {
    const input = `${readFileSync(join(FIXTURES, 'statements.jsonl'), 'utf8').trimEnd()}\n${NEWS.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const tehran = runCli(['extract', '-', '--out', '-'], { input, env: { TZ: 'Asia/Tehran' } });
    const losAngeles = runCli(['extract', '-', '--out', '-'], { input, env: { TZ: 'America/Los_Angeles' } });
    expect(tehran.code).toBe(0);
    expect(losAngeles.code).toBe(0);
    expect(tehran.stdout.length).toBeGreaterThan(0);
    expect(tehran.stdout).toBe(losAngeles.stdout);
  });
});
