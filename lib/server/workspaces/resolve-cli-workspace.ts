import type { Db } from "../db/client";

/**
 * The workspace a command-line import writes to: the one named (by id or name), or the only
 * one there is. Before anyone has finished setup there is none; an unclaimed one is created,
 * and the first owner takes it over at setup (create-workspace.ts).
 */
export async function resolveCliWorkspace(db: Db, wanted?: string): Promise<{ id: string; name: string }> {
  const workspaces = await db.workspace.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true } });
  if (wanted) {
    const match = workspaces.find((w) => w.id === wanted || w.name.toLowerCase() === wanted.toLowerCase());
    if (!match) throw new Error(`No workspace "${wanted}". Workspaces: ${workspaces.map((w) => w.name).join(", ") || "none"}.`);
    return match;
  }
  if (workspaces.length === 1) return workspaces[0]!;
  if (workspaces.length === 0) return db.workspace.create({ data: { name: "My workspace" }, select: { id: true, name: true } });
  throw new Error(`There are ${workspaces.length} workspaces; choose one with --workspace <name>: ${workspaces.map((w) => w.name).join(", ")}.`);
}

/** Takes `--workspace <name>` out of the arguments. */
export function takeWorkspaceOption(args: string[]): { workspace?: string; rest: string[] } {
  const index = args.indexOf("--workspace");
  if (index === -1) return { rest: args };
  return { workspace: args[index + 1], rest: [...args.slice(0, index), ...args.slice(index + 2)] };
}
