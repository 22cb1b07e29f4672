import { rm } from "node:fs/promises";
import path from "node:path";
import { syncFolderSchema } from "@/lib/contracts/sync";
import { labelNameSchema } from "@/lib/contracts/labels";
import { threeWayMerge } from "@/lib/core/versions/three-way-merge";
import { flagValue, parseArgs } from "../args";
import { writeFileAtomic } from "../atomic-write";
import { CliError } from "../cli-error";
import { commandContext, plural } from "../context";
import { versionKey, type RemoteDocument } from "../http-client";
import type { CliIo } from "../io";
import { readLocalFile } from "../local-files";
import { readManifest, writeManifest, type Manifest } from "../manifest";
import { pathForDocument } from "../paths";
import { followMove } from "./follow-move";
import { pullRendered } from "./pull-rendered";

export const PULL_HELP = `dramatis pull [--folder F] [--label L] [--dir D] [--render values.json --out DIR]
  Writes every document under the library folder into this folder (dramatis.json records what
  came from where). A file you changed is merged with what changed in Dramatis, never
  overwritten; overlapping changes get conflict markers (exit 1). --label pulls what a label
  points at (and is remembered; --label latest forgets it). --render writes rendered copies
  into --out instead, leaving this folder as it is.`;

type Step =
  | { kind: "write"; path: string; document: RemoteDocument }
  | { kind: "merge"; path: string; document: RemoteDocument; base: number; ours: string };

export async function runPull(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { values: ["folder", "label", "dir", "render", "out"] });
  const { dir, client } = await commandContext(io, parsed);
  if (flagValue(parsed, "render") !== undefined) return pullRendered(parsed, io, dir, client);
  const existing = await readManifest(dir);
  const folderFlag = parseFolder(flagValue(parsed, "folder"));
  if (existing && folderFlag !== undefined && folderFlag !== existing.folder) {
    throw new CliError(`This folder mirrors "${existing.folder || "(root)"}" (dramatis.json); pull another library folder into another folder.`);
  }
  const labelFlag = flagValue(parsed, "label");
  if (labelFlag !== undefined && labelFlag !== "latest" && !labelNameSchema.safeParse(labelFlag).success) throw new CliError(`--label "${labelFlag}" is not a label name.`);
  const label = labelFlag === "latest" ? undefined : (labelFlag ?? existing?.label);
  const folder = existing?.folder ?? folderFlag ?? "";

  const remote = await client.list({ folder, label });
  if (existing && existing.workspace !== remote.workspace.id) {
    throw new CliError(`This folder mirrors workspace ${existing.workspace}, but the API key is for "${remote.workspace.name}" (${remote.workspace.id}).`);
  }
  const manifest: Manifest = { workspace: remote.workspace.id, folder, ...(label ? { label } : {}), files: { ...existing?.files } };
  const pathById = new Map(Object.entries(manifest.files).map(([file, entry]) => [entry.id, file]));
  const lines: string[] = [];
  let problems = 0;
  const steps: Step[] = [];

  for (const document of remote.documents) {
    let known = pathById.get(document.id);
    if (known) {
      const moved = await followMove(dir, manifest, known, document);
      known = moved.path;
      if (moved.line) lines.push(moved.line);
    }
    const file = known ?? pathForDocument(document, folder);
    const local = await readLocalFile(dir, file);
    const entry = known ? manifest.files[known]! : undefined;
    if (local && !local.ok) {
      lines.push(`skipped ${file}: ${local.problem}`);
      problems++;
      continue;
    }
    if (!entry) {
      if (manifest.files[file]) {
        lines.push(`skipped ${document.slug}: ${file} is another document's file here (rename one of them)`);
        problems++;
        continue;
      }
      if (local && local.sha256 !== document.sha256) {
        lines.push(`skipped ${file}: a file of that name exists and is not from Dramatis (move it, then pull again)`);
        problems++;
        continue;
      }
      if (!local) steps.push({ kind: "write", path: file, document });
      manifest.files[file] = { id: document.id, slug: document.slug, version: document.version, sha256: document.sha256 };
      continue;
    }
    if (!local) {
      lines.push(`kept deleted ${file} (push --delete archives it; delete the manifest entry to pull it again)`);
      continue;
    }
    const localChanged = local.sha256 !== entry.sha256;
    if (local.sha256 === document.sha256 || (document.version === entry.version && document.sha256 === entry.sha256)) {
      manifest.files[file] = { ...entry, slug: document.slug, ...(local.sha256 === document.sha256 ? { version: document.version, sha256: document.sha256 } : {}) };
      continue;
    }
    if (!localChanged) steps.push({ kind: "write", path: file, document });
    else steps.push({ kind: "merge", path: file, document, base: entry.version, ours: local.text });
  }

  const texts = await client.read([
    ...steps.map((step) => ({ id: step.document.id, version: step.document.version })),
    ...steps.flatMap((step) => (step.kind === "merge" ? [{ id: step.document.id, version: step.base }] : [])),
  ]);
  let written = 0;
  for (const step of steps) {
    const { document } = step;
    const theirs = texts.get(versionKey(document.id, document.version))!;
    const entry = { id: document.id, slug: document.slug, version: document.version, sha256: document.sha256 };
    if (step.kind === "write") {
      await writeFileAtomic(path.join(dir, step.path), theirs);
      manifest.files[step.path] = entry;
      written++;
      continue;
    }
    const merge = threeWayMerge(texts.get(versionKey(document.id, step.base))!, step.ours, theirs);
    await writeFileAtomic(path.join(dir, step.path), merge.text);
    manifest.files[step.path] = entry;
    if (merge.clean) lines.push(`merged ${step.path}: your edits and version ${document.version} (push to save them)`);
    else {
      lines.push(`CONFLICT ${step.path}: ${plural(merge.conflicts, "conflict")} with version ${document.version}; resolve the markers, then push`);
      problems++;
    }
  }

  const present = new Set(remote.documents.map((document) => document.id));
  const unlabelled = new Set(remote.withoutLabel);
  for (const [file, entry] of Object.entries(manifest.files)) {
    if (present.has(entry.id) || unlabelled.has(entry.slug)) continue;
    const local = await readLocalFile(dir, file);
    delete manifest.files[file];
    if (local?.ok && local.sha256 === entry.sha256) {
      await rm(path.join(dir, file), { force: true });
      lines.push(`removed ${file}: its document was archived or moved out of the folder in Dramatis`);
    } else if (local) lines.push(`kept ${file}: its document is gone from Dramatis, but you changed it (push creates a new one)`);
  }
  if (remote.withoutLabel.length > 0) lines.push(`${plural(remote.withoutLabel.length, "document")} without label ${label}: not pulled (${remote.withoutLabel.slice(0, 5).join(", ")}${remote.withoutLabel.length > 5 ? ", …" : ""})`);
  await writeManifest(dir, manifest);
  lines.push(`pulled ${plural(remote.documents.length, "document")}${label ? ` at ${label}` : ""}: ${written} written, ${plural(problems, "problem")}`);
  io.stdout(`${lines.join("\n")}\n`);
  return problems > 0 ? 1 : 0;
}

function parseFolder(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  const parsed = syncFolderSchema.safeParse(flag);
  if (!parsed.success) throw new CliError(`--folder "${flag}" is not a library folder: ${parsed.error.issues[0]?.message ?? "like agents/backend"}`);
  return parsed.data;
}
