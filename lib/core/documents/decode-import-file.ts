import { formatBytes } from "../text/format";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS: readonly string[] = [".md", ".txt", ".yaml", ".yml", ".xml"];
/** How much of a file is inspected for signs of binary content. */
const SNIFF_BYTES = 8192;

export type DecodeFailureCode = "empty" | "too-large" | "binary" | "invalid-utf8" | "unsupported-type";
export type DecodedFile =
  | { ok: true; content: string; bomStripped: boolean }
  | { ok: false; code: DecodeFailureCode; message: string };

/**
 * Turns an uploaded file into text, or says exactly why it cannot be: only UTF-8 text is
 * accepted, and no other encoding is guessed. One leading BOM is dropped; line endings are kept.
 */
export function decodeImportFile(fileName: string, bytes: Uint8Array): DecodedFile {
  const fail = (code: DecodeFailureCode, message: string): DecodedFile => ({ ok: false, code, message });
  const extension = /\.[^./\\]+$/.exec(fileName)?.[0]?.toLowerCase() ?? "";
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return fail(
      "unsupported-type",
      `${fileName} is not a document type Dramatis imports; use ${ACCEPTED_EXTENSIONS.join(", ")}.`,
    );
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail("too-large", `${fileName} is ${formatBytes(bytes.length)}; the limit is 2 MB.`);
  }
  if (looksBinary(bytes)) {
    return fail(
      "binary",
      `${fileName} looks like a binary file (it contains NUL or control bytes); only text documents can be imported.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(
      "invalid-utf8",
      `${fileName} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}). Save it as UTF-8 and import again.`,
    );
  }
  const bomStripped = text.charCodeAt(0) === 0xfeff;
  const content = bomStripped ? text.slice(1) : text;
  if (content.trim() === "") return fail("empty", `${fileName} is empty.`);
  return { ok: true, content, bomStripped };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, form feed and carriage return are text; other C0 controls are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** The offset of the first byte that breaks UTF-8, for an error message a person can act on. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}
