import { flagValue, parseArgs } from "../args";
import { CliError } from "../cli-error";
import { normalizeUrl, saveConnection } from "../config";
import { DramatisClient } from "../http-client";
import type { CliIo } from "../io";

export const LOGIN_HELP = `dramatis login --url URL --key KEY   (--key - reads it from standard input)
  Checks the key against the server, then saves both in your config directory (mode 0600).
  DRAMATIS_URL and DRAMATIS_KEY in the environment take precedence (for CI).`;

export async function runLogin(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { values: ["url", "key"] });
  const url = flagValue(parsed, "url") ?? io.env.DRAMATIS_URL;
  const given = flagValue(parsed, "key") ?? io.env.DRAMATIS_KEY;
  const key = given === "-" ? (await io.readStdin?.())?.trim() : given;
  if (!url || !key) throw new CliError(`Usage: ${LOGIN_HELP.split("\n")[0]} (an owner creates keys under Workspace → API keys)`);
  const connection = { url: normalizeUrl(url), key };
  await new DramatisClient(connection).check();
  const file = await saveConnection(io.env, connection);
  io.stdout(`logged in to ${connection.url}; saved in ${file}\n`);
  return 0;
}
