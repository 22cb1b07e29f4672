import { listLocalFiles, readLocalFile, type LocalFile } from "./local-files";
import type { Manifest, ManifestEntry } from "./manifest";

export type TrackedState = "unchanged" | "modified" | "deleted";

export interface TrackedFile {
  path: string;
  entry: ManifestEntry;
  file: LocalFile | null;
  state: TrackedState;
}

export interface LocalState {
  tracked: TrackedFile[];
  /** Files no document is known for yet: push creates them. */
  untracked: { path: string; file: LocalFile }[];
}

/** The folder against its manifest: what changed on disk since the last pull or push. */
export async function readLocalState(dir: string, manifest: Manifest): Promise<LocalState> {
  const tracked: TrackedFile[] = [];
  for (const [path, entry] of Object.entries(manifest.files)) {
    const file = await readLocalFile(dir, path);
    const state: TrackedState = file === null ? "deleted" : file.ok && file.sha256 === entry.sha256 ? "unchanged" : "modified";
    tracked.push({ path, entry, file, state });
  }
  const untracked: LocalState["untracked"] = [];
  for (const path of await listLocalFiles(dir)) {
    if (manifest.files[path]) continue;
    const file = await readLocalFile(dir, path);
    if (file) untracked.push({ path, file });
  }
  return { tracked: tracked.sort((a, b) => a.path.localeCompare(b.path)), untracked };
}
