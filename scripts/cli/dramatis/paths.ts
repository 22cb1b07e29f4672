import { isInsideFolder } from "@/lib/core/folders/folder-path";

/**
 * How documents and files map onto each other. The manifest sits in the folder it mirrors, and
 * records the library folder that folder is (`folder`). A file's path relative to the manifest
 * is its document's folder below that one, then `<slug>.md`:
 *
 *   manifest in .claude/agents/ with "folder": "agents/claude"
 *   .claude/agents/reviewer.md          <->  agents/claude, document "reviewer"
 *   .claude/agents/backend/api.md       <->  agents/claude/backend, document "api"
 *
 * A file already in the manifest keeps its own name (so `AGENTS.md` or `rules.mdc` stay as they
 * are); only documents the folder has never seen are named from their slug.
 */
export function pathForDocument(document: { slug: string; folder: string }, manifestFolder: string): string {
  const below = relativeFolder(document.folder, manifestFolder);
  return below ? `${below}/${document.slug}.md` : `${document.slug}.md`;
}

function relativeFolder(folder: string, manifestFolder: string): string {
  if (!manifestFolder || !isInsideFolder(folder, manifestFolder)) return folder;
  return folder === manifestFolder ? "" : folder.slice(manifestFolder.length + 1);
}
