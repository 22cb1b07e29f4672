import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { labelNameSchema } from "@/lib/contracts/labels";
import { syncFolderSchema } from "@/lib/contracts/sync";
import { writeFileAtomic } from "./atomic-write";
import { CliError } from "./cli-error";

export const MANIFEST_NAME = "dramatis.json";

const entrySchema = z.strictObject({
  id: z.string().min(1),
  slug: z.string().min(1),
  version: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in lowercase hex"),
});
export type ManifestEntry = z.infer<typeof entrySchema>;

/** A path inside the synced folder: relative, forward slashes, no `..` and no manifest. */
const relativePathSchema = z
  .string()
  .min(1)
  .refine((file) => !file.startsWith("/") && !file.includes("\\") && file.split("/").every((part) => part !== "" && part !== "." && part !== ".."), "a relative path inside the folder")
  .refine((file) => file !== MANIFEST_NAME, "not the manifest itself");

const manifestSchema = z.strictObject({
  workspace: z.string().min(1),
  folder: syncFolderSchema,
  label: labelNameSchema.optional(),
  files: z.record(relativePathSchema, entrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

export async function readManifest(dir: string): Promise<Manifest | null> {
  const file = path.join(dir, MANIFEST_NAME);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON (${(error as Error).message}); fix it or restore it from version control.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new CliError(`${file} is not a Dramatis manifest: ${describeIssue(parsed.error.issues[0]!)}.`);
  }
  const ids = new Set<string>();
  for (const [name, entry] of Object.entries(parsed.data.files)) {
    if (ids.has(entry.id)) throw new CliError(`${file} lists document ${entry.id} twice (again at ${name}).`);
    ids.add(entry.id);
  }
  return parsed.data;
}

export async function requireManifest(dir: string): Promise<Manifest> {
  const manifest = await readManifest(dir);
  if (!manifest) throw new CliError(`No ${MANIFEST_NAME} in ${dir}: run \`dramatis pull\` there first (with --folder to choose a library folder).`);
  return manifest;
}

/** Sorted and indented, so the manifest diffs cleanly in the repository. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const files = Object.fromEntries(
    Object.keys(manifest.files)
      .sort()
      .map((name) => {
        const { id, slug, version, sha256 } = manifest.files[name]!;
        return [name, { id, slug, version, sha256 }];
      }),
  );
  const ordered = { workspace: manifest.workspace, folder: manifest.folder, ...(manifest.label ? { label: manifest.label } : {}), files };
  await writeFileAtomic(path.join(dir, MANIFEST_NAME), `${JSON.stringify(ordered, null, 2)}\n`);
}

type Issue = z.core.$ZodIssue;

/** The first thing wrong, where it is: a bad file name inside `files` says why it is bad. */
function describeIssue(issue: Issue): string {
  const inner = issue.code === "invalid_key" ? issue.issues[0] : undefined;
  const path = [...issue.path, ...(inner?.path ?? [])];
  const where = path.length > 0 ? path.map(String).join(".") : "the top level";
  return `${where}: ${inner?.message ?? issue.message}`;
}
