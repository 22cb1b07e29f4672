import { convertDocument, DOWNLOAD_TARGET_LABELS, type DownloadTarget } from "./convert";
import { writeZip } from "./zip";

export interface ZipSource {
  content: string;
  slug: string;
  title: string;
  description?: string;
  /** The document's folder below the one being zipped ("" when directly in it). */
  subfolder?: string;
}

/**
 * Documents as one zip of their tool's files, at the paths the tool reads them from
 * (`.claude/agents/<name>.md`, `.cursor/rules/<slug>.mdc`, `<slug>.md`). Rules and Markdown
 * keep the subfolders below the zipped folder (Cursor reads rules in subfolders); agents go
 * straight into `.claude/agents/`, where Claude Code documents them. Two documents that would
 * take the same path get `-2`, `-3`… so neither is lost.
 */
export function zipDocumentsAs(documents: ZipSource[], target: DownloadTarget, modified?: Date): { zip: Uint8Array; files: string[] } {
  const folder = DOWNLOAD_TARGET_LABELS[target].folder;
  const taken = new Set<string>();
  const entries = documents.map((doc) => {
    const file = convertDocument(doc, target);
    const dot = file.fileName.lastIndexOf(".");
    const sub = target !== "claude-agent" && doc.subfolder ? `${doc.subfolder}/` : "";
    // A document already kept under the tool's folder (`repo/.cursor/rules/ops`) is not nested twice.
    const prefix = folder && `/${sub}`.includes(`/${folder}`) ? "" : folder;
    let path = `${prefix}${sub}${file.fileName}`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${prefix}${sub}${file.fileName.slice(0, dot)}-${n}${file.fileName.slice(dot)}`;
    taken.add(path.toLowerCase());
    return { path, content: file.content };
  });
  return { zip: writeZip(entries, modified), files: entries.map((entry) => entry.path) };
}
