import { planImport, slugFromFileName } from "@/lib/core/documents";
import type { ImportOutcome } from "@/lib/contracts/documents";
import { getDb, type Db } from "../db/client";
import { appendVersion } from "./create-version";
import { insertDocument } from "./create-document";

export type { ImportOutcome };

/**
 * Imports one file all-or-nothing: the document it matches (by the slug of its file name) gets
 * a new version when the content changed, an unknown file becomes a new document, and a bad
 * file is rejected with a reason. Nothing else in the database is touched.
 */
export async function importDocumentFile({
  db = getDb(),
  fileName,
  bytes,
  authorName,
}: {
  db?: Db;
  fileName: string;
  bytes: Uint8Array;
  authorName: string;
}): Promise<ImportOutcome> {
  return db.$transaction(async (tx) => {
    const slug = slugFromFileName(fileName);
    const existing = await tx.document.findUnique({
      where: { slug },
      select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
    });
    const plan = planImport(
      { fileName, bytes },
      existing ? { slug: existing.slug, headContent: existing.versions[0]?.content ?? "" } : null,
    );
    const message = `Imported from ${fileName}`;
    switch (plan.action) {
      case "rejected":
        return { fileName, action: "rejected", code: plan.code, message: plan.message };
      case "unchanged":
        return { fileName, action: "unchanged", slug: plan.slug };
      case "create":
        await insertDocument(tx, {
          slug: plan.slug,
          title: plan.title,
          format: plan.format,
          content: plan.content,
          message,
          authorName,
        });
        return { fileName, action: "created", slug: plan.slug, title: plan.title, version: 1 };
      case "new-version": {
        const saved = await appendVersion(tx, { slug: plan.slug, content: plan.content, message, authorName });
        return { fileName, action: "new-version", slug: plan.slug, title: plan.title, version: saved.number };
      }
    }
  });
}
