// HTML: the readable text (no script, style, navigation chrome), with block elements as line breaks.
// The extracted text becomes the document text, so every offset stays auditable against the graph.
import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'iframe', 'form', 'button', 'select']);
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'figcaption', 'main', 'aside', 'address', 'title',
]);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipDepth = 0;
  let title = '';
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipDepth++;
        else if (BLOCKS.has(name) && skipDepth === 0) parts.push('\n');
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) parts.push(data.replace(/[ \t\r\n\f]+/g, ' '));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name) && skipDepth === 0) parts.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const body = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const heading = title.replace(/\s+/g, ' ').trim();
  // The <title> leads the text unless the page already shows it as a heading.
  return heading && !body.includes(heading) ? `${heading}\n\n${body}` : body;
}
