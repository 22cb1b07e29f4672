import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ACCEPTED_EXTENSIONS, summarizeImport } from "@/lib/core/documents";
import { joinInstancesAsWriter } from "@/lib/server/collab/join-instances-as-writer";
import { createDb } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { importDocumentFile, type ImportOutcome } from "@/lib/server/documents/import-document-file";
import { resolveCliWorkspace, takeWorkspaceOption } from "@/lib/server/workspaces/resolve-cli-workspace";
import { runCli } from "./run-cli";

const USAGE = "Usage: npm run import -- [--workspace <name>] <file or folder> [more files or folders]";

interface FoundFile {
  file: string;
  /** Its folder below the folder named on the command line: dir/agents/backend/x.md → agents/backend. */
  folder: string;
}

/**
 * Files named on the command line are all tried (at the top level); folders contribute only
 * importable files, each keeping the subfolders it was found in.
 */
function collectFiles(target: string, folder = ""): FoundFile[] {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${target}: no such file or folder`);
  if (!stat.isDirectory()) return [{ file: target, folder }];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : collectFiles(full, folder ? `${folder}/${entry.name}` : entry.name);
      return ACCEPTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) ? [{ file: full, folder }] : [];
    });
}

async function main(argv: string[]) {
  const { workspace: wanted, rest: args } = takeWorkspaceOption(argv);
  if (args.length === 0 || args.includes("--help")) {
    console.log(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const files = args.flatMap((target) => collectFiles(target));
  await migrateDatabase();
  const db = createDb();
  const authorName = process.env.DRAMATIS_AUTHOR ?? os.userInfo().username ?? "import";
  const outcomes: ImportOutcome[] = [];
  // Running instances (PostgreSQL) hear of the new versions at once.
  const leaveInstances = await joinInstancesAsWriter(db);
  try {
    const workspace = await resolveCliWorkspace(db, wanted);
    console.log(`Importing into workspace “${workspace.name}”`);
    for (const { file, folder } of files) {
      const outcome = await importDocumentFile({
        db,
        workspaceId: workspace.id,
        fileName: path.basename(file),
        bytes: fs.readFileSync(file),
        authorName,
        folder,
      });
      outcomes.push(outcome);
      console.log(`${outcome.action.padEnd(11)} ${file}${"slug" in outcome ? ` → /d/${outcome.slug}` : ""}`);
    }
  } finally {
    await leaveInstances();
    await db.$disconnect();
  }
  console.log(`\n${summarizeImport(outcomes).text}`);
  return outcomes.some((outcome) => outcome.action === "rejected") ? 1 : 0;
}

runCli(main);
