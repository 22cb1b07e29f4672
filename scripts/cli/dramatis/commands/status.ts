import { labelNameSchema } from "@/lib/contracts/labels";
import { flagValue, parseArgs } from "../args";
import { CliError } from "../cli-error";
import { commandContext } from "../context";
import type { CliIo } from "../io";
import { conflictMarkerLine } from "../local-files";
import { readLocalState } from "../local-state";
import { requireManifest } from "../manifest";
import { pathForDocument } from "../paths";

export const STATUS_HELP = `dramatis status [--check] [--label L] [--dir D]
  What changed here and in Dramatis since the last pull or push. With --check (for CI): exits 1
  and names every file whose bytes differ from the version it should match (the label from
  --label or dramatis.json, else the newest), every document missing here and every file
  missing in Dramatis.`;

export async function runStatus(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { values: ["dir", "label"], switches: ["check"] });
  const { dir, client } = await commandContext(io, parsed);
  const manifest = await requireManifest(dir);
  const labelFlag = flagValue(parsed, "label");
  if (labelFlag !== undefined && labelFlag !== "latest" && !labelNameSchema.safeParse(labelFlag).success) throw new CliError(`--label "${labelFlag}" is not a label name.`);
  const label = labelFlag === "latest" ? undefined : (labelFlag ?? manifest.label);
  const [state, remote] = await Promise.all([readLocalState(dir, manifest), client.list({ folder: manifest.folder, label })]);
  if (remote.workspace.id !== manifest.workspace) throw new CliError(`This folder mirrors workspace ${manifest.workspace}, but the API key is for "${remote.workspace.name}".`);
  const byId = new Map(remote.documents.map((document) => [document.id, document]));
  return parsed.flags.has("check") ? check() : report();

  function check(): number {
    const target = label ? `label ${label}` : "the newest version";
    const drift: string[] = [];
    const seen = new Set<string>();
    for (const tracked of state.tracked) {
      const document = byId.get(tracked.entry.id);
      seen.add(tracked.entry.id);
      if (!tracked.file) drift.push(`${tracked.path}: missing here (Dramatis has ${tracked.entry.slug})`);
      else if (!document) drift.push(`${tracked.path}: ${remote.withoutLabel.includes(tracked.entry.slug) ? `${tracked.entry.slug} has no label ${label}` : "its document is not in Dramatis any more"}`);
      else if (!tracked.file.ok || tracked.file.sha256 !== document.sha256) drift.push(`${tracked.path}: differs from ${target} (${document.slug} v${document.version})`);
    }
    for (const untracked of state.untracked) drift.push(`${untracked.path}: not in Dramatis`);
    for (const document of remote.documents) {
      if (!seen.has(document.id)) drift.push(`${pathForDocument(document, manifest.folder)}: missing here (${document.slug} v${document.version} in Dramatis)`);
    }
    if (drift.length === 0) {
      io.stdout(`no drift: every file matches ${target}\n`);
      return 0;
    }
    io.stdout(`${drift.join("\n")}\n${drift.length} drifted from ${target}\n`);
    return 1;
  }

  function report(): number {
    const lines: string[] = [];
    for (const tracked of state.tracked) {
      const document = byId.get(tracked.entry.id);
      const behind = document && document.version !== tracked.entry.version && document.sha256 !== tracked.entry.sha256;
      const marker = tracked.file?.ok && conflictMarkerLine(tracked.file.text) !== null;
      const notes = [
        tracked.state === "modified" ? (marker ? "conflict markers" : tracked.file?.ok === false ? tracked.file.problem : "modified") : null,
        tracked.state === "deleted" ? "deleted (push --delete archives it)" : null,
        behind ? `Dramatis has v${document.version} (pulled v${tracked.entry.version})` : null,
        !document && !remote.withoutLabel.includes(tracked.entry.slug) ? "gone from Dramatis" : null,
      ].filter(Boolean);
      if (notes.length > 0) lines.push(`${tracked.path}: ${notes.join("; ")}`);
    }
    for (const untracked of state.untracked) lines.push(`${untracked.path}: new (push creates it)${untracked.file.ok ? "" : `; ${untracked.file.problem}`}`);
    const tracked = new Set(state.tracked.map((file) => file.entry.id));
    for (const document of remote.documents) {
      if (!tracked.has(document.id)) lines.push(`${pathForDocument(document, manifest.folder)}: in Dramatis, not pulled yet`);
    }
    lines.sort((a, b) => a.localeCompare(b));
    io.stdout(lines.length > 0 ? `${lines.join("\n")}\n` : "up to date\n");
    return 0;
  }
}
