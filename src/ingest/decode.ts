// Strict UTF-8: invalid bytes are an error, never silently replaced (readline would replace them).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8 (a leading BOM is dropped), or returns null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

const utf16Of = (bytes: Uint8Array): string | null =>
  bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : null;

/** Whether the bytes open with a UTF-16 byte-order mark. */
export const isUtf16 = (bytes: Uint8Array): boolean => utf16Of(bytes) !== null;

/** The reason for bytes that are not UTF-8, naming UTF-16 when a byte-order mark says that is what they are. */
export function notUtf8(what: string, bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes);
  return utf16 ? `${what} is ${utf16} (it starts with a byte-order mark); expected UTF-8` : `${what} is not valid UTF-8`;
}
