import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ACCEPTED_EXTENSIONS, summarizeImport } from "@/lib/core/documents";
import { joinInstancesAsWriter } from "@/lib/server/collab/join-instances-as-writer";
import { createDb } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { IMPORT_BATCH_SIZE, importDocumentFiles, type ImportOutcome } from "@/lib/server/documents/import-document-files";
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
    // A batch at a time: one transaction per hundred files, and only a hundred files in memory.
    for (let start = 0; start < files.length; start += IMPORT_BATCH_SIZE) {
      const batch = files.slice(start, start + IMPORT_BATCH_SIZE);
      const done = await importDocumentFiles({
        db,
        workspaceId: workspace.id,
        files: batch.map(({ file, folder }) => ({ fileName: path.basename(file), bytes: fs.readFileSync(file), folder })),
        authorName,
      });
      done.forEach((outcome, i) => console.log(`${outcome.action.padEnd(11)} ${batch[i]!.file}${"slug" in outcome ? ` → /d/${outcome.slug}` : ""}`));
      outcomes.push(...done);
    }
  } finally {
    await leaveInstances();
    await db.$disconnect();
  }
  console.log(`\n${summarizeImport(outcomes).text}`);
  return outcomes.some((outcome) => outcome.action === "rejected") ? 1 : 0;
}

runCli(main);
