import { createHash } from "node:crypto";
import { access, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_CONTENT_BYTES } from "@/lib/contracts/documents";
import { CONFLICT_MARKERS } from "@/lib/core/versions/three-way-merge";
import { MANIFEST_NAME } from "./manifest";

/** The files a synced folder holds as documents; anything else (images, scripts) is left alone. */
export const SYNCED_EXTENSIONS = [".md", ".mdc", ".markdown", ".txt", ".xml", ".yaml", ".yml", ".prompt"];
const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);
/** Written into `pull --render --out` folders: rendered copies are outputs, never documents. */
export const RENDERED_MARKER = ".dramatis-rendered";

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Every document-like file under `dir`, as paths relative to it with forward slashes. Folders
 * that are synced on their own (their own dramatis.json) or hold rendered output are skipped.
 */
export async function listLocalFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !(await holdsAny(path.join(dir, name), [MANIFEST_NAME, RENDERED_MARKER]))) await walk(name);
      }
      else if (entry.isFile() && name !== MANIFEST_NAME && !/\.tmp$/.test(entry.name) && SYNCED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) found.push(name);
    }
  }
  await walk("");
  return found.sort();
}

async function holdsAny(folder: string, names: readonly string[]): Promise<boolean> {
  for (const name of names) {
    if (await access(path.join(folder, name)).then(() => true, () => false)) return true;
  }
  return false;
}

export type LocalFile = { ok: true; bytes: Uint8Array; text: string; sha256: string } | { ok: false; problem: string };

/**
 * A file's exact bytes as text, or why it cannot be a document. The bytes are decoded as they
 * are: a BOM and CR LF line endings stay, so what is pushed is byte for byte what is on disk.
 */
export async function readLocalFile(dir: string, relative: string): Promise<LocalFile | null> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path.join(dir, relative));
    if (info.size > MAX_CONTENT_BYTES) return { ok: false, problem: `${relative} is ${info.size} bytes; a document holds at most 2 MB.` };
    bytes = await readFile(path.join(dir, relative));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (bytes.includes(0)) return { ok: false, problem: `${relative} is binary (it contains NUL bytes); only text files sync.` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problem: `${relative} is not valid UTF-8 text; save it as UTF-8.` };
  }
  return { ok: true, bytes, text, sha256: sha256(bytes) };
}

/** The line of the first unresolved conflict marker, if the text still has one. */
export function conflictMarkerLine(text: string): number | null {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.replace(/\r$/, "") === CONFLICT_MARKERS.ours);
  if (index === -1 || !lines.slice(index).some((line) => line.replace(/\r$/, "") === CONFLICT_MARKERS.theirs)) return null;
  return index + 1;
}
