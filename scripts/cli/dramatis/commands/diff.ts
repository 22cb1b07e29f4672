import { createTwoFilesPatch } from "diff";
import { parseArgs } from "../args";
import { CliError } from "../cli-error";
import { commandContext } from "../context";
import { versionKey } from "../http-client";
import type { CliIo } from "../io";
import { readLocalState } from "../local-state";
import { requireManifest } from "../manifest";

export const DIFF_HELP = `dramatis diff [paths…] [--remote] [--dir D]
  Unified diff of each changed file against the version it was pulled at, or with --remote
  against what Dramatis has now (the label in dramatis.json, else the newest).`;

export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { values: ["dir"], switches: ["remote"] });
  const { dir, client } = await commandContext(io, parsed);
  const manifest = await requireManifest(dir);
  const state = await readLocalState(dir, manifest);
  const wanted = new Set(parsed.positional.map((file) => file.replace(/\\/g, "/").replace(/^\.\//, "")));
  for (const file of wanted) {
    if (!manifest.files[file]) throw new CliError(`${file} is not in dramatis.json (new files have nothing to diff against).`);
  }
  const chosen = state.tracked.filter((file) => (wanted.size === 0 ? true : wanted.has(file.path)));
  const remote = parsed.flags.has("remote") ? await client.list({ folder: manifest.folder, label: manifest.label }) : null;
  const against = new Map<string, number>();
  for (const file of chosen) {
    const version = remote ? remote.documents.find((document) => document.id === file.entry.id)?.version : file.entry.version;
    if (version !== undefined) against.set(file.path, version);
  }
  const texts = await client.read(chosen.filter((file) => against.has(file.path)).map((file) => ({ id: file.entry.id, version: against.get(file.path)! })));
  let output = "";
  for (const file of chosen) {
    const version = against.get(file.path);
    if (version === undefined) continue;
    const theirs = texts.get(versionKey(file.entry.id, version))!;
    if (file.file && !file.file.ok) {
      io.stderr(`${file.file.problem}\n`);
      continue;
    }
    const ours = file.file?.text ?? "";
    if (ours === theirs) continue;
    output += createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, theirs, ours, `${file.entry.slug} v${version}`, file.file ? "local" : "deleted");
  }
  io.stdout(output);
  return 0;
}
