import path from "node:path";
import { flagValue, type ParsedArgs } from "./args";
import { loadConnection } from "./config";
import { DramatisClient } from "./http-client";
import type { CliIo } from "./io";

/** The synced folder (`--dir`, else the current one) and a client for the saved login. */
export async function commandContext(io: CliIo, parsed: ParsedArgs) {
  const dir = path.resolve(io.cwd, flagValue(parsed, "dir") ?? ".");
  const client = new DramatisClient(await loadConnection(io.env));
  return { dir, client };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
