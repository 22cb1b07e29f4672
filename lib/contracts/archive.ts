import { z } from "zod";
import { documentFormatSchema, slugSchema } from "./documents";
import { folderPathSchema } from "./folders";

/**
 * The export format: every document with every version, its labels and their history. Text is
 * carried as JSON strings, so content survives byte for byte; times are ISO 8601.
 */
const isoDate = z.iso.datetime();

/**
 * Archives exported before people's fields were renamed (`<role>Name`, README "Data") carry
 * the old names: they are read under the new ones, so every archive ever written imports.
 */
function renamed<T extends z.ZodType>(oldToNew: Record<string, string>, schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const record: Record<string, unknown> = { ...value };
    for (const [old, current] of Object.entries(oldToNew)) {
      if (old in record && !(current in record)) record[current] = record[old];
      delete record[old];
    }
    return record;
  }, schema);
}

export const archivedVersionSchema = z.object({
  number: z.number().int().min(1),
  content: z.string(),
  message: z.string(),
  authorName: z.string(),
  /** The version's variable form as stored (JSON), or null. */
  variables: z.string().nullable().default(null),
  /** The others whose live-draft edits the version includes, as stored (JSON array of names). */
  coAuthors: z.string().max(100_000).default("[]"),
  createdAt: isoDate,
});

export const archivedDocumentSchema = z.object({
  slug: slugSchema,
  title: z.string().min(1),
  description: z.string(),
  tags: z.array(z.string()),
  /** Archives written before folders have none: their documents land at the top level. */
  folder: folderPathSchema.default(""),
  format: documentFormatSchema,
  dialect: z.string().nullable(),
  archivedAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
  oldSlugs: z.array(slugSchema),
  versions: z
    .array(archivedVersionSchema)
    .min(1)
    .refine((versions) => versions.every((v, i) => v.number === i + 1), "versions must be numbered 1..n in order"),
  labels: z.array(
    renamed({ updatedBy: "actorName" }, z.object({ name: z.string(), versionNumber: z.number().int(), actorName: z.string(), updatedAt: isoDate })),
  ),
  presets: z
    .array(
      renamed({ createdBy: "ownerName" }, z.object({ name: z.string(), values: z.string(), ownerName: z.string(), createdAt: isoDate, updatedAt: isoDate })),
    )
    .default([]),
  labelEvents: z.array(
    z.object({
      name: z.string(),
      fromNumber: z.number().int().nullable(),
      toNumber: z.number().int().nullable(),
      actorName: z.string(),
      createdAt: isoDate,
    }),
  ),
});

export const archiveSchema = z.object({
  format: z.literal("dramatis-archive"),
  version: z.literal(1),
  exportedAt: isoDate,
  documents: z.array(archivedDocumentSchema),
});

export type Archive = z.infer<typeof archiveSchema>;
export type ArchivedDocument = z.infer<typeof archivedDocumentSchema>;
