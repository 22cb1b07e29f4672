import path from "node:path";
import { MAX_SYNC_PUSH_FILES } from "@/lib/contracts/sync";
import { flagValue, parseArgs } from "../args";
import { writeFileAtomic } from "../atomic-write";
import { commandContext, plural } from "../context";
import type { PushFile, PushOutcome } from "../http-client";
import type { CliIo } from "../io";
import { conflictMarkerLine } from "../local-files";
import { readLocalState } from "../local-state";
import { requireManifest, writeManifest, type Manifest } from "../manifest";

export const PUSH_HELP = `dramatis push [--delete] [--message M] [--dir D]
  Saves every changed file as a new version of its document, and every new file as a new
  document. Each file goes with the version it was pulled at: if someone saved since, the
  changes are merged three ways, or the file gets conflict markers and nothing is saved for it
  (exit 1). A deleted file is archived only with --delete.`;

/** JSON bytes per request, well under the API's 5 MB body limit. */
const REQUEST_BYTES = 4 * 1024 * 1024;

export async function runPush(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { values: ["dir", "message"], switches: ["delete"] });
  const { dir, client } = await commandContext(io, parsed);
  const manifest = await requireManifest(dir);
  const state = await readLocalState(dir, manifest);
  const files: PushFile[] = [];
  const refusals: string[] = [];
  const lines: string[] = [];
  for (const candidate of [...state.tracked.filter((file) => file.state === "modified"), ...state.untracked]) {
    const { file } = candidate;
    if (!file) continue;
    if (!file.ok) {
      refusals.push(file.problem);
      continue;
    }
    const markers = conflictMarkerLine(file.text);
    if (markers !== null) {
      refusals.push(`${candidate.path} still has conflict markers (line ${markers}); resolve them, then push.`);
      continue;
    }
    const entry = "entry" in candidate ? candidate.entry : undefined;
    files.push({ path: candidate.path, content: file.text, ...(entry ? { id: entry.id, baseVersion: entry.version } : {}) });
  }
  if (refusals.length > 0) {
    io.stderr(`${refusals.join("\n")}\nNothing was pushed.\n`);
    return refusals.some((line) => line.includes("conflict markers")) ? 1 : 2;
  }
  for (const deleted of state.tracked.filter((file) => file.state === "deleted")) {
    if (parsed.flags.has("delete")) files.push({ path: deleted.path, id: deleted.entry.id, baseVersion: deleted.entry.version, delete: true });
    else lines.push(`deleted ${deleted.path}: not archived in Dramatis (push --delete does that)`);
  }
  if (files.length === 0) {
    io.stdout(`${[...lines, "nothing to push"].join("\n")}\n`);
    return 0;
  }
  const message = flagValue(parsed, "message");
  let problems = 0;
  const counts = new Map<string, number>();
  for (const batch of batches(files)) {
    const outcomes = await client.push({ folder: manifest.folder, ...(message ? { message } : {}), files: batch });
    for (const outcome of outcomes) {
      counts.set(outcome.outcome, (counts.get(outcome.outcome) ?? 0) + 1);
      const line = await applyOutcome(dir, manifest, outcome);
      if (line) lines.push(line);
      if (outcome.outcome === "conflict" || outcome.outcome === "rejected") problems++;
    }
    // Saved after every batch: what the server saved is recorded even if a later batch fails.
    await writeManifest(dir, manifest);
  }
  lines.push(`pushed ${plural(files.length, "file")}: ${[...counts].map(([outcome, count]) => `${count} ${outcome}`).join(", ")}`);
  io.stdout(`${lines.join("\n")}\n`);
  return problems > 0 ? 1 : 0;
}

async function applyOutcome(dir: string, manifest: Manifest, outcome: PushOutcome): Promise<string | null> {
  const { path: file } = outcome;
  const record = () => {
    manifest.files[file] = { id: outcome.id!, slug: outcome.slug!, version: outcome.version!, sha256: outcome.sha256! };
  };
  switch (outcome.outcome) {
    case "created":
      record();
      return `created ${file} as ${outcome.slug}`;
    case "updated":
      record();
      return `updated ${file}: version ${outcome.version}`;
    case "unchanged":
      record();
      return null;
    case "merged":
      await writeFileAtomic(path.join(dir, file), outcome.content!);
      record();
      return `merged ${file} with changes saved meanwhile: version ${outcome.version}`;
    case "archived":
      delete manifest.files[file];
      return `archived ${file}`;
    case "conflict":
      if (outcome.content !== undefined) {
        await writeFileAtomic(path.join(dir, file), outcome.content);
        record();
      }
      return `CONFLICT ${file}: ${outcome.message ?? "changed in Dramatis"}`;
    case "rejected":
      return `rejected ${file}: ${outcome.message ?? "refused by the server"}`;
  }
}

/** Files in requests of at most MAX_SYNC_PUSH_FILES and about REQUEST_BYTES each. */
function* batches(files: readonly PushFile[]): Generator<PushFile[]> {
  let batch: PushFile[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = Buffer.byteLength(JSON.stringify(file), "utf8");
    if (batch.length > 0 && (batch.length >= MAX_SYNC_PUSH_FILES || bytes + size > REQUEST_BYTES)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

