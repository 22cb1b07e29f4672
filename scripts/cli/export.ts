import fs from "node:fs";
import { createDb } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { exportArchive } from "@/lib/server/archive/export-archive";
import { runCli } from "./run-cli";

// npm run export -- <file>: every document, version, label and label move, as one JSON archive.
async function main([file]: string[]) {
  if (!file) {
    console.log("Usage: npm run export -- <file.json>");
    return 2;
  }
  await migrateDatabase();
  const db = createDb();
  try {
    const archive = await exportArchive({ db, access: "all-workspaces" });
    fs.writeFileSync(file, JSON.stringify(archive, null, 2));
    const versions = archive.documents.reduce((sum, doc) => sum + doc.versions.length, 0);
    console.log(`Exported ${archive.documents.length} documents and ${versions} versions to ${file}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

runCli(main);
