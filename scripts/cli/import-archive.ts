import fs from "node:fs";
import { ZodError } from "zod";
import { importArchive } from "@/lib/server/archive/import-archive";
import { createDb } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { resolveCliWorkspace, takeWorkspaceOption } from "@/lib/server/workspaces/resolve-cli-workspace";
import { runCli } from "./run-cli";

// npm run import-archive -- <file>: loads an export; existing documents are never overwritten.
async function main(argv: string[]) {
  const { workspace: wanted, rest: [file] } = takeWorkspaceOption(argv);
  if (!file) {
    console.log("Usage: npm run import-archive -- [--workspace <name>] <file.json>");
    return 2;
  }
  let archive: unknown;
  try {
    archive = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file} is not a readable JSON file: ${error instanceof Error ? error.message : error}`);
    return 2;
  }
  await migrateDatabase();
  const db = createDb();
  try {
    const workspace = await resolveCliWorkspace(db, wanted);
    const outcomes = await importArchive({ db, archive, workspaceId: workspace.id });
    for (const outcome of outcomes) {
      console.log(outcome.action === "imported" ? `imported  ${outcome.slug} (${outcome.versions} versions)` : `conflict  ${outcome.slug}: ${outcome.message}`);
    }
    const conflicts = outcomes.filter((outcome) => outcome.action === "conflict").length;
    console.log(`\nimported ${outcomes.length - conflicts}, conflicts ${conflicts}`);
    return conflicts > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ZodError) {
      console.error(`${file} is not a Dramatis archive: ${error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return 2;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

runCli(main);
