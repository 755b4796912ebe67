// The static report's pages: the text survives exactly, nothing from a document becomes markup, and
// the tables list what the graph holds.
import { describe, expect, test } from 'vitest';
import { documentPage } from '../../src/audit/html/document-page.js';
import { esc } from '../../src/audit/html/escape.js';
import { indexPage } from '../../src/audit/html/index-page.js';
import { pageName } from '../../src/audit/html/report.js';
import { auditModel } from '../../src/audit/model.js';
import { runRecord } from '../../src/pipeline/run.js';
import { SEED, fixtureText, inputRecord } from '../helpers/fixtures.js';

// What the page's <pre id="text"> reads as once a browser has parsed it: tags dropped, entities decoded.
function textOfPage(html: string): string {
  const pre = /<pre id="text">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
  const decoded: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return pre.replace(/<\/?span[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => decoded[e] ?? e);
}

const HOSTILE = [
  'UN envoy condemns attack on Camp Liberty <script>alert("pwned")</script>',
  '',
  'The spokesman of the United Nations said: “<img src=x onerror="alert(1)"> & </pre><b>not bold</b> was found in Baghdad on 5 April 2013.”',
  'Residents said the <iframe src="http://example.invalid"></iframe> attack was planned by "Qods Force" & \'others\'.',
].join('\n');

describe('audit/html: escaping', () => {
  const graph = runRecord(inputRecord(HOSTILE, { id: 'hostile<script>', publishedAt: '2013-04-06' }));
  const html = documentPage(auditModel(graph), '../index.html');

  test('a document with markup in its text renders it as text: the page holds only its own script', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<iframe|<b>not/);
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(textOfPage(html)).toBe(HOSTILE);
  });

  test('ids, titles and claim text are escaped in the header, the title and the claim table', () => {
    expect(html).toContain('<code>hostile&lt;script&gt;</code>');
    expect(html).not.toContain('hostile<script>');
    expect(graph.nodes.some((n) => n.kind === 'claim')).toBe(true);
  });

  test('the index escapes document ids and error reasons', () => {
    const index = indexPage([{ model: auditModel(graph), href: 'documents/x.html' }], [{ file: 'in.jsonl', line: 3, reason: 'bad <script>alert(2)</script>' }]);
    expect(index.match(/<script/g)).toHaveLength(1);
    expect(index).toContain('bad &lt;script&gt;alert(2)&lt;/script&gt;');
    expect(index).toContain('>hostile&lt;script&gt;</a>');
  });

  test('esc covers the five characters that can open markup or close an attribute', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('audit/html: the seed statement’s page', () => {
  const graph = runRecord(inputRecord(fixtureText(SEED), { id: SEED }));
  const model = auditModel(graph);
  const html = documentPage(model, '../index.html');
  const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;

  test('the text is the document text, character for character', () => {
    expect(textOfPage(html)).toBe(graph.document.text);
  });

  test('one claim row per claim, one panel entry per entity and per time, with the graph’s counts', () => {
    expect(html.match(/<tr id="claim-\d+" data-claim=/g)).toHaveLength(count('claim'));
    expect(html.match(/<li id="entity-\d+" data-entity=/g)).toHaveLength(count('entity'));
    expect(html.match(/<li id="time-\d+" data-time=/g)).toHaveLength(count('time'));
    for (const kind of ['entity', 'time', 'claim']) expect(html).toContain(`<b data-count="${kind === 'entity' ? 'entities' : `${kind}s`}">${count(kind)}</b>`);
  });

  test('every claim part is marked in the text with its role and its claim’s number', () => {
    const attribute = { source: 'cs', cue: 'cc', content: 'cq' } as const;
    for (const c of model.claims) {
      for (const p of c.parts) {
        expect(html, `${c.claim.id} ${p.role}`).toMatch(new RegExp(`<span class="s [^"]*\\b${p.role}\\b[^"]*"[^>]* data-${attribute[p.role]}="(?:\\d+ )*${c.index}(?: \\d+)*"`));
      }
    }
  });
});

describe('audit/html: page names', () => {
  test('plain ids keep their name; others, and ids that differ only in case, get a hashed safe name', () => {
    const used = new Set<string>();
    expect(pageName(SEED, used)).toBe(`${SEED}.html`);
    expect(pageName(SEED.toUpperCase(), used)).toMatch(/^NCRI-2013-07-27-LIBERTY-ATTACK-ORDER-[0-9a-f]{10}\.html$/);
    expect(pageName('../etc/passwd', used)).toMatch(/^_etc_passwd-[0-9a-f]{10}\.html$/);
    expect(pageName('index<script>', used)).toMatch(/^index_script_-[0-9a-f]{10}\.html$/);
  });
});
