// Everything that comes from a document (its text, ids, names, error reasons) passes through here on
// its way into a page, so no document can inject markup. Safe in text and in quoted attributes.
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
