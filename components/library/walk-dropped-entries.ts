/**
 * Folders dropped on the import dialog. A drop hands over FileSystemEntry objects
 * (DataTransferItem.webkitGetAsEntry): a directory is read by its reader in batches (readEntries
 * returns at most 100 entries per call, and an empty batch at the end), recursively, so a dropped
 * folder keeps its subfolders as "choose a whole folder" does. Only the few members used are
 * typed here, so tests can walk fake entries.
 */
export interface DroppedEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  file?: (success: (file: File) => void, failure?: (error: unknown) => void) => void;
  createReader?: () => { readEntries: (success: (entries: DroppedEntry[]) => void, failure?: (error: unknown) => void) => void };
}

export interface DroppedFile {
  file: File;
  /** The folders it was in, from the dropped folder down ("prompts/agents"); "" for a loose file. */
  folder: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export const IMPORT_EXTENSIONS = [".md", ".txt", ".yaml", ".yml", ".xml"];
/** A drop is one upload: past these, the rest is listed as skipped rather than read. */
export const MAX_DROPPED_FILES = 1000;
export const MAX_DROPPED_DEPTH = 16;

/** Why a file found in a folder is not imported (as the command line and the folder picker decide), or null. */
export function skipReason(path: string): string | null {
  if (path.split("/").some((name) => name.startsWith("."))) return "Hidden (its name or a folder's starts with “.”).";
  if (!IMPORT_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension))) return "Not a Markdown, text, YAML or XML file.";
  return null;
}

/**
 * The files of dropped entries: loose files as they are (the server judges them, as for picked
 * files), files inside dropped folders with their folder path, and what was skipped, with why.
 */
export async function walkDroppedEntries(entries: DroppedEntry[]): Promise<{ files: DroppedFile[]; skipped: SkippedFile[] }> {
  const files: DroppedFile[] = [];
  const skipped: SkippedFile[] = [];

  async function visit(entry: DroppedEntry, folder: string, depth: number): Promise<void> {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory) {
      if (depth >= MAX_DROPPED_DEPTH) return void skipped.push({ path, reason: `More than ${MAX_DROPPED_DEPTH} folders deep.` });
      if (entry.name.startsWith(".")) return void skipped.push({ path, reason: "Hidden (its name or a folder's starts with “.”)." });
      for (const child of await readAll(entry)) await visit(child, path, depth + 1);
      return;
    }
    if (!entry.isFile) return;
    // Loose files go to the server, which reports a wrong kind with the same words as for picked files.
    const reason = folder ? skipReason(path) : null;
    if (reason) return void skipped.push({ path, reason });
    if (files.length >= MAX_DROPPED_FILES) return void skipped.push({ path, reason: `Over ${MAX_DROPPED_FILES} files in one drop; drop the rest separately.` });
    try {
      files.push({ file: await fileOf(entry), folder });
    } catch {
      skipped.push({ path, reason: "The browser could not read it." });
    }
  }

  for (const entry of entries) await visit(entry, "", 0);
  return { files, skipped };
}

async function readAll(directory: DroppedEntry): Promise<DroppedEntry[]> {
  const reader = directory.createReader?.();
  if (!reader) return [];
  const all: DroppedEntry[] = [];
  // Each call returns the next batch; an empty one means the directory has been read.
  for (;;) {
    const batch = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function fileOf(entry: DroppedEntry): Promise<File> {
  return new Promise((resolve, reject) => (entry.file ? entry.file(resolve, reject) : reject(new Error("not a file"))));
}
