import fs from "node:fs";
import path from "node:path";
import { importDocumentFile, type ImportOutcome } from "../documents/import-document-file";
import type { Db } from "./client";

const SEED_DIR = path.join(process.cwd(), "prisma", "seed");

/**
 * Fills an empty library with the example documents under prisma/seed, through the same import
 * path a user's files take. Does nothing when any document exists, so it never brings back an
 * example that someone deleted.
 */
export async function seedIfEmpty(db: Db, dir = SEED_DIR): Promise<ImportOutcome[]> {
  if ((await db.document.count()) > 0) return [];
  const outcomes: ImportOutcome[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const bytes = fs.readFileSync(path.join(dir, name));
    outcomes.push(await importDocumentFile({ db, fileName: name, bytes, authorName: "Dramatis examples" }));
  }
  return outcomes;
}
