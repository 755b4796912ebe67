// The report's one style sheet, inlined into every page so the report opens from disk with no
// network. Claim roles are backgrounds (cue over source over content, so a nested claim's source
// shows inside its parent's content); entity types and times are underlines, which combine with them.
export const STYLE = `
:root {
  --source: #bcd8ff; --source-strong: #5b9dff;
  --cue: #ffd27a; --cue-strong: #ffa600;
  --content: #cdeec6; --content-strong: #6fcf5f;
  --person: #d0213b; --group: #7a3fe0; --place: #0b8a5a; --weapon: #b35900; --time: #c2187b;
  --ink: #1d232b; --muted: #5d6873; --rule: #d9dee3; --panel: #f6f8fa;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
a { color: #0b5cad; }
h1 { font-size: 19px; margin: 0 0 2px; }
h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 8px; }
.count { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 9px; background: var(--rule); color: var(--ink); text-align: center; font-weight: 600; letter-spacing: 0; }
.meta { margin: 2px 0 0; color: var(--muted); }
.meta b { color: var(--ink); }
header { padding: 10px 16px 8px; border-bottom: 1px solid var(--rule); background: var(--panel); }
.back { font-size: 13px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; list-style: none; margin: 6px 0 0; padding: 0; font-size: 13px; }
.legend li { display: flex; align-items: center; gap: 5px; }
.legend .s { padding: 0 5px; }
/* The document page: text on the left, claims, entities and timeline on the right, each scrolling. */
.doc-page { display: flex; flex-direction: column; height: 100vh; }
.doc-page main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); }
.pane { overflow: auto; padding: 12px 16px 40px; }
.pane + .pane { border-left: 1px solid var(--rule); }
#text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.75 Georgia, "DejaVu Serif", serif; }
section + section { margin-top: 22px; }
/* Highlights in the text. */
.s.content { background: var(--content); }
.s.source { background: var(--source); }
.s.cue { background: var(--cue); font-weight: 700; }
.s.person { box-shadow: inset 0 -2px 0 var(--person); }
.s.group { box-shadow: inset 0 -2px 0 var(--group); }
.s.place { box-shadow: inset 0 -2px 0 var(--place); }
.s.weapon { box-shadow: inset 0 -2px 0 var(--weapon); }
.s.time { box-shadow: inset 0 -2px 0 var(--time); }
.s.hit-content { background: var(--content-strong); }
.s.hit-source { background: var(--source-strong); }
.s.hit-cue { background: var(--cue-strong); }
.s.hit-mention { background: #ffe3f2; }
/* Swatches for entity types and times in the legend and panels. */
.sw { display: inline-block; width: 14px; height: 4px; border-radius: 2px; vertical-align: middle; }
.sw.person { background: var(--person); } .sw.group { background: var(--group); } .sw.place { background: var(--place); }
.sw.weapon { background: var(--weapon); } .sw.time { background: var(--time); }
/* Tables. */
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 5px 6px; border-bottom: 1px solid var(--rule); }
th { font-size: 12px; color: var(--muted); font-weight: 600; background: var(--panel); position: sticky; top: -12px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
#claims tbody tr, [data-entity], [data-time] { cursor: pointer; }
#claims tbody tr:hover, [data-entity]:hover, [data-time]:hover { background: #f1f5fb; }
#claims tr.selected, .selected { background: #fff4c7 !important; box-shadow: inset 3px 0 0 var(--cue-strong); }
.chip { border-radius: 3px; padding: 0 3px; }
.chip.source { background: var(--source); }
.chip.cue { background: var(--cue); font-weight: 700; }
.chip.content { background: var(--content); }
.chip.none { color: var(--muted); background: none; font-style: italic; }
.flow { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
.arrow { color: var(--muted); }
.mode { font-size: 12px; padding: 0 5px; border-radius: 8px; border: 1px solid var(--rule); white-space: nowrap; }
.mode.direct { border-color: #6b8f3a; } .mode.mixed { border-color: #a0711c; }
.small { font-size: 12px; color: var(--muted); }
.unresolved { color: var(--muted); }
/* Entity panel and timeline. */
.entities { list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 18px; }
.entities li { break-inside: avoid; padding: 2px 4px; border-radius: 3px; }
#entities h3 { font-size: 12px; margin: 8px 0 2px; color: var(--muted); text-transform: capitalize; }
.timeline { list-style: none; margin: 0; padding: 0 0 0 14px; border-left: 2px solid var(--rule); }
.timeline li { position: relative; padding: 2px 4px; }
.timeline li::before { content: ""; position: absolute; left: -20px; top: 9px; width: 10px; height: 10px; border-radius: 50%; background: var(--time); }
.timeline li.published::before { background: var(--ink); }
.timeline time { font-weight: 700; font-variant-numeric: tabular-nums; }
/* The index page. */
.index-page main { padding: 12px 16px 40px; }
.filter { font: inherit; padding: 5px 8px; width: min(420px, 100%); border: 1px solid #b8c0c8; border-radius: 4px; margin: 0 0 10px; }
.errors td.reason { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
[hidden] { display: none !important; }
`;
