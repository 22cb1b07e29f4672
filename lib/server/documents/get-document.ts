import type { DocumentFormat } from "@/lib/core/documents";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { readImmutableVersion } from "./immutable-versions";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { parseTags } from "./tags";
import { parseNames } from "../drafts/list-draft-snapshots";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";

export interface VersionSummary {
  number: number;
  message: string;
  authorName: string;
  /** The others whose edits to the live draft the version includes. */
  coAuthors: string[];
  createdAt: Date;
}

export interface DocumentDetail {
  id: string;
  slug: string;
  title: string;
  description: string;
  tags: string[];
  /** The folder path ("" for the top level). */
  folder: string;
  format: DocumentFormat;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  /** The template dialect set for this document, or null to detect it from the content. */
  dialect: "mustache" | "go" | "jinja" | "none" | null;
  /** Newest first. */
  versions: VersionSummary[];
  labels: { name: string; versionNumber: number; protected: boolean }[];
  head: VersionSummary & { content: string; variables: VariableSchema };
}

/** A document with its current content (the newest version) and its history, or not_found. */
export async function getDocument({ db = getDb(), access }: { db?: Db; access: DocumentAccess }): Promise<DocumentDetail> {
  const doc = await db.document.findUnique({
    where: theDocument(access),
    include: {
      versions: {
        orderBy: { number: "desc" },
        select: { number: true, message: true, authorName: true, coAuthors: true, createdAt: true },
      },
      labels: { orderBy: { name: "asc" }, select: { name: true, versionNumber: true, protected: true } },
    },
  });
  const newest = doc?.versions[0];
  if (!doc || !newest) throw notFound(`There is no document "${access.slug}".`);
  const head = await readImmutableVersion(db, doc.id, newest.number);
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    tags: parseTags(doc.tags),
    folder: doc.folder,
    format: doc.format as DocumentFormat,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    archivedAt: doc.archivedAt,
    dialect: doc.dialect as DocumentDetail["dialect"],
    versions: doc.versions.map((version) => ({ ...version, coAuthors: parseNames(version.coAuthors) })),
    labels: doc.labels,
    head: { ...newest, coAuthors: parseNames(newest.coAuthors), content: head.content, variables: head.variables },
  };
}
