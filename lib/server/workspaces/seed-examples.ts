import fs from "node:fs";
import path from "node:path";
import type { ImportOutcome } from "@/lib/contracts/documents";
import { importDocumentFile } from "../documents/import-document-file";
import type { Db } from "../db/client";

const SEED_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "seed");

/**
 * Fills a new installation's first workspace with the example documents under prisma/seed,
 * through the same import path a user's files take. Does nothing when the workspace has
 * documents, so it never brings back an example someone deleted.
 */
export async function seedExamples({ db, workspaceId, dir = SEED_DIR }: { db: Db; workspaceId: string; dir?: string }): Promise<ImportOutcome[]> {
  if ((await db.document.count({ where: { workspaceId } })) > 0) return [];
  const outcomes: ImportOutcome[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const bytes = fs.readFileSync(path.join(dir, name));
    outcomes.push(await importDocumentFile({ db, workspaceId, fileName: name, bytes, authorName: "Dramatis examples" }));
  }
  return outcomes;
}
