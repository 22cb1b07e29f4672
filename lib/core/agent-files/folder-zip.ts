import { convertDocument, DOWNLOAD_TARGET_LABELS, type DownloadTarget } from "./convert";
import { writeZip } from "./zip";

export interface ZipSource {
  content: string;
  slug: string;
  title: string;
  description?: string;
}

/**
 * Documents as one zip of their tool's files, at the paths the tool reads them from
 * (`.claude/agents/<name>.md`, `.cursor/rules/<slug>.mdc`, `<slug>.md`). Two documents that
 * would take the same file name get `-2`, `-3`… so neither is lost.
 */
export function zipDocumentsAs(documents: ZipSource[], target: DownloadTarget, modified?: Date): { zip: Uint8Array; files: string[] } {
  const folder = DOWNLOAD_TARGET_LABELS[target].folder;
  const taken = new Set<string>();
  const entries = documents.map((doc) => {
    const file = convertDocument(doc, target);
    const dot = file.fileName.lastIndexOf(".");
    let path = `${folder}${file.fileName}`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}${file.fileName.slice(0, dot)}-${n}${file.fileName.slice(dot)}`;
    taken.add(path.toLowerCase());
    return { path, content: file.content };
  });
  return { zip: writeZip(entries, modified), files: entries.map((entry) => entry.path) };
}
