import { access, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import type { RemoteDocument } from "../http-client";
import { readLocalFile } from "../local-files";
import type { Manifest } from "../manifest";
import { pathForDocument } from "../paths";

const folderOf = (file: string) => (file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "");

/**
 * A document moved to another folder in the app: its file follows (same name, new subfolder)
 * if it is unchanged here and the place is free; otherwise it stays and pull says so.
 */
export async function followMove(dir: string, manifest: Manifest, known: string, document: RemoteDocument): Promise<{ path: string; line?: string }> {
  const wanted = folderOf(pathForDocument(document, manifest.folder));
  if (folderOf(known) === wanted) return { path: known };
  const name = known.slice(known.lastIndexOf("/") + 1);
  const target = wanted ? `${wanted}/${name}` : name;
  const entry = manifest.files[known]!;
  const local = await readLocalFile(dir, known);
  const taken = manifest.files[target] !== undefined || (await access(path.join(dir, target)).then(() => true, () => false));
  if (!local?.ok || local.sha256 !== entry.sha256 || taken) {
    return { path: known, line: `kept ${known} where it is: ${document.slug} moved to ${document.folder || "the top level"} in Dramatis (move the file yourself)` };
  }
  await mkdir(path.dirname(path.join(dir, target)), { recursive: true });
  await rename(path.join(dir, known), path.join(dir, target));
  delete manifest.files[known];
  manifest.files[target] = entry;
  return { path: target, line: `moved ${known} to ${target}: moved in Dramatis` };
}
