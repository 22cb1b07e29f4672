import path from "node:path";
import { flagValue, type ParsedArgs } from "../args";
import { writeFileAtomic } from "../atomic-write";
import { CliError } from "../cli-error";
import { plural } from "../context";
import type { DramatisClient, RemoteDocument } from "../http-client";
import type { CliIo } from "../io";
import { RENDERED_MARKER } from "../local-files";
import { readManifest } from "../manifest";
import { pathForDocument } from "../paths";
import { readValuesFile } from "../values-file";

/** Renders at once, a few at a time: the server renders fast, the round trips are the cost. */
const PARALLEL = 8;

/**
 * `pull --render values.json --out dir/`: every document rendered with the values, written as
 * plain files (an agent with its {{agent-name}} filled) for tools that read files as they are.
 * The synced folder and its manifest are not touched.
 */
export async function pullRendered(parsed: ParsedArgs, io: CliIo, dir: string, client: DramatisClient): Promise<number> {
  const out = flagValue(parsed, "out");
  if (!out) throw new CliError("--render needs --out DIR: where the rendered files go.");
  const values = await readValuesFile(io.cwd, flagValue(parsed, "render")!);
  const manifest = await readManifest(dir);
  const folder = manifest?.folder ?? flagValue(parsed, "folder") ?? "";
  const label = flagValue(parsed, "label") ?? manifest?.label;
  const remote = await client.list({ folder, label: label === "latest" ? undefined : label });
  const pathById = new Map(Object.entries(manifest?.files ?? {}).map(([file, entry]) => [entry.id, file]));
  const outDir = path.resolve(io.cwd, out);
  const warnings: string[] = [];
  await writeFileAtomic(path.join(outDir, RENDERED_MARKER), "Rendered by `dramatis pull --render`: not synced.\n");
  const queue = [...remote.documents];
  async function worker(): Promise<void> {
    for (let document: RemoteDocument | undefined; (document = queue.shift()); ) {
      const result = await client.render(document.slug, { version: document.version, values });
      const file = pathById.get(document.id) ?? pathForDocument(document, folder);
      await writeFileAtomic(path.join(outDir, file), result.text);
      if (result.missing.length > 0) warnings.push(`${file}: no value for ${result.missing.join(", ")}`);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  io.stdout(`${[...warnings.sort(), `rendered ${plural(remote.documents.length, "document")} into ${outDir}`].join("\n")}\n`);
  return 0;
}
