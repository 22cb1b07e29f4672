import { convertDocument, type ConvertedFile, type DownloadTarget } from "@/lib/core/agent-files";
import type { DocumentAccess } from "../access/authorize";
import { getDb, type Db } from "../db/client";
import { getDocument } from "./get-document";
import { getVersion } from "./get-version";

/** The newest version (or version `version`) of a document, as a file for `target`'s tool. */
export async function downloadDocumentAs({
  db = getDb(),
  access,
  target,
  version,
}: {
  db?: Db;
  access: DocumentAccess;
  target: DownloadTarget;
  version?: number;
}): Promise<ConvertedFile & { version: number }> {
  const doc = await getDocument({ db, access });
  const chosen = version === undefined ? doc.head : await getVersion({ db, access, number: version });
  const file = convertDocument({ content: chosen.content, slug: doc.slug, title: doc.title, description: doc.description }, target);
  return { ...file, version: chosen.number };
}
