import { convertDocument, describeConversion, DOWNLOAD_TARGETS, type DownloadTarget } from "@/lib/core/agent-files";
import { readCacheEpoch } from "../cache/read-cache";

export interface DownloadOption {
  target: DownloadTarget;
  fileName: string;
  /** What the conversion changed in the frontmatter, or null when nothing. */
  note: string | null;
}

interface Source {
  /** The document's id and the version's number: together they name text that never changes. */
  documentId: string;
  version: number;
  content: string;
  slug: string;
  title: string;
  description: string;
}

// Converting a 100 KB document for each target (frontmatter split and YAML parsed three times)
// took ~3 ms of every render of its page. A version's text never changes, so the answer depends
// only on the version and the document's slug, title and description, which are in the key.
// Emptied when the read cache's epoch moves, like immutable-versions.ts; bounded in entries.
const MAX_ENTRIES = 500;
const held = new Map<string, DownloadOption[]>();
let epoch = readCacheEpoch();

/** What the document page offers to download its newest version as, with a note per target. */
export function listDownloadOptions(source: Source): DownloadOption[] {
  if (epoch !== readCacheEpoch()) {
    held.clear();
    epoch = readCacheEpoch();
  }
  const key = JSON.stringify([source.documentId, source.version, source.slug, source.title, source.description]);
  const hit = held.get(key);
  if (hit) return hit;
  const options = DOWNLOAD_TARGETS.map((target) => {
    const file = convertDocument(source, target);
    return { target, fileName: file.fileName, note: describeConversion(file, target) };
  });
  if (held.size >= MAX_ENTRIES) held.delete(held.keys().next().value!);
  held.set(key, options);
  return options;
}
