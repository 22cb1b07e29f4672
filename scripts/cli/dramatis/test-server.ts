import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { handleApiRequest } from "@/lib/server/api/v1/router";
import { createRequestListener } from "@/lib/server/http/serve-request";
import { createTestDb, createTestMember, useAsDefaultDb } from "@/lib/server/testing/test-db";
import type { CliIo } from "./io";
import { main } from "./main";

/**
 * A real HTTP server on a temporary database, serving /api/v1 with server.ts's own listener
 * (pages are not needed: the command talks only to the API), and a way to run the command
 * against it as a person would, in a folder of its own.
 */
export async function startSyncServer() {
  const env = createTestDb();
  useAsDefaultDb(env.db);
  const server: Server = createServer(
    createRequestListener({
      api: handleApiRequest,
      next: async (_req, res) => {
        res.statusCode = 404;
        res.end("not the API");
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const owner = await createTestMember(env.db);
  const newKey = async (role: "editor" | "viewer", workspaceId = owner.workspaceId) =>
    createApiKey({ db: env.db, workspaceId, actor: owner.actor, input: { name: `${role} key`, role } });
  const editor = await newKey("editor");
  const home = await mkdtemp(path.join(os.tmpdir(), "dramatis-home-"));

  /** Runs `dramatis …` in `cwd`; stdout and stderr are collected. */
  async function run(cwd: string, args: string[], extraEnv: Record<string, string | undefined> = {}) {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      cwd,
      env: { HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), DRAMATIS_URL: url, DRAMATIS_KEY: editor.key, ...extraEnv },
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      readStdin: async () => extraEnv.STDIN ?? "",
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
  }

  /** The API as any other client uses it, for changes made "in Dramatis" meanwhile. */
  async function api(method: string, pathname: string, body?: unknown, key = editor.key) {
    const response = await fetch(`${url}/api/v1${pathname}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> & Record<string, never> };
  }

  async function stop() {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(home, { recursive: true, force: true });
    await env.cleanup();
  }

  return { env, url, owner, editor, newKey, home, run, api, stop };
}

export async function tempDir(prefix = "dramatis-sync-"): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}
