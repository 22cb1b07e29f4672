import { labelNameSchema } from "@/lib/contracts/labels";
import { flagValue, parseArgs } from "../args";
import { CliError } from "../cli-error";
import { commandContext } from "../context";
import type { CliIo } from "../io";
import { readValuesFile } from "../values-file";

export const RENDER_HELP = `dramatis render <slug> [--label L | --version N] [--values file.json] [--strict]
  Prints the rendered prompt exactly (no newline added). Missing variables are named on
  stderr; with --strict they are an error.`;

export async function runRender(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { values: ["label", "version", "values", "dir"], switches: ["strict"] });
  const slug = parsed.positional[0];
  if (!slug || parsed.positional.length > 1) throw new CliError(`Usage: ${RENDER_HELP.split("\n")[0]}`);
  const { client } = await commandContext(io, parsed);
  const label = flagValue(parsed, "label");
  if (label !== undefined && label !== "latest" && !labelNameSchema.safeParse(label).success) throw new CliError(`--label "${label}" is not a label name.`);
  const versionFlag = flagValue(parsed, "version");
  const version = versionFlag === undefined ? undefined : Number(versionFlag);
  if (version !== undefined && !(Number.isInteger(version) && version >= 1)) throw new CliError(`--version "${versionFlag}" is not a version number.`);
  if (label !== undefined && version !== undefined) throw new CliError("Give --label or --version, not both.");
  const valuesFile = flagValue(parsed, "values");
  const values = valuesFile ? await readValuesFile(io.cwd, valuesFile) : {};
  const result = await client.render(slug, { ...(label ? { label } : {}), ...(version ? { version } : {}), values, strict: parsed.flags.has("strict") });
  io.stdout(result.text);
  if (result.missing.length > 0) io.stderr(`no value for ${result.missing.join(", ")}\n`);
  return 0;
}
