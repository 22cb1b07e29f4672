import { chmod, mkdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "./atomic-write";
import { CliError } from "./cli-error";
import type { CliIo } from "./io";

export interface Connection {
  url: string;
  key: string;
}

const configSchema = z.object({ url: z.string().url(), key: z.string().min(1) });

/** Where `dramatis login` keeps the server and key: the user's config directory, by platform. */
export function configFile(env: CliIo["env"]): string {
  const home = env.HOME ?? os.homedir();
  const base =
    env.XDG_CONFIG_HOME ||
    (process.platform === "win32" ? env.APPDATA || path.join(home, "AppData", "Roaming") : process.platform === "darwin" ? path.join(home, "Library", "Application Support") : path.join(home, ".config"));
  return path.join(base, "dramatis", "config.json");
}

/** The key can write prompts: readable by its owner only (0600, in a 0700 folder). */
export async function saveConnection(env: CliIo["env"], connection: Connection): Promise<string> {
  const file = configFile(env);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFileAtomic(file, `${JSON.stringify(connection, null, 2)}\n`, 0o600);
  await chmod(file, 0o600);
  return file;
}

/** DRAMATIS_URL and DRAMATIS_KEY (for CI) win over the saved login. */
export async function loadConnection(env: CliIo["env"]): Promise<Connection> {
  if (env.DRAMATIS_URL && env.DRAMATIS_KEY) return { url: normalizeUrl(env.DRAMATIS_URL), key: env.DRAMATIS_KEY };
  const file = configFile(env);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError("Not logged in: run `dramatis login --url URL --key KEY`, or set DRAMATIS_URL and DRAMATIS_KEY.");
  }
  let parsed: z.infer<typeof configSchema>;
  try {
    parsed = configSchema.parse(JSON.parse(text));
  } catch {
    throw new CliError(`${file} is not a saved login; run \`dramatis login\` again.`);
  }
  return { url: normalizeUrl(env.DRAMATIS_URL || parsed.url), key: env.DRAMATIS_KEY || parsed.key };
}

export function normalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(`"${url}" is not a server address; give one like http://localhost:3000.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new CliError(`"${url}" is not an http(s) address.`);
  return parsed.origin + parsed.pathname.replace(/\/+$/, "");
}
