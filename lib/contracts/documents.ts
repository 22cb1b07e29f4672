import { z } from "zod";
import { variableSchemaSchema } from "@/lib/core/variables/schema";
import { folderPathSchema } from "./folders";

/**
 * Contracts shared by forms, server actions and API routes: one schema per contract, so the
 * browser and the server agree on what is valid.
 */

export const authorNameSchema = z.string().trim().min(1, "Say who you are").max(80, "At most 80 characters");

export const documentFormatSchema = z.enum(["agent", "xml", "markdown", "plain"]);

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single hyphens")
  .max(80);

// Content is capped like imports: the editor can hold more, but the database should not.
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;
export const contentSchema = z
  .string()
  .refine((value) => new TextEncoder().encode(value).length <= MAX_CONTENT_BYTES, "The document is over 2 MB");

export const versionNumberSchema = z.number().int().min(1).max(1_000_000_000);
/** The same, from a path segment or query string. */
export const versionNumberParamSchema = z.coerce.number().int().min(1).max(1_000_000_000);

/**
 * A save, from the workbench or the API (the one schema for both, parsed once by the caller's
 * wrapper). The document comes from the authorization, the author from the session or key.
 */
export const saveVersionSchema = z
  .object({
    content: contentSchema,
    /** The version the edit started from. A save based on anything but the newest is refused. */
    baseVersion: versionNumberSchema.describe("The version the edit started from; 409 if it is not the newest"),
    message: z.string().trim().max(500, "At most 500 characters").default(""),
    /** The variable form this version is written with; saved with it. */
    variables: variableSchemaSchema.optional(),
  })
  .describe("The author is the caller: the signed-in person, or the API key's name followed by “(API key)”");
export type SaveVersionInput = z.input<typeof saveVersionSchema>;
export type SaveVersion = z.output<typeof saveVersionSchema>;

/** Restoring an old version: which one (the document comes from the authorization). */
export const restoreVersionSchema = z.object({ version: versionNumberSchema });

export const createDocumentSchema = z.object({
  title: z.string().trim().min(1, "Give the document a title").max(120, "At most 120 characters"),
  format: documentFormatSchema.default("markdown"),
  /** Where it is created ("" for the top level). */
  folder: folderPathSchema.default(""),
  authorName: authorNameSchema,
});
export type CreateDocumentInput = z.input<typeof createDocumentSchema>;

// Per-file limits are checked by the import rules (lib/core/documents); this caps one request.
export const MAX_IMPORT_FILES = 200;
export const MAX_IMPORT_REQUEST_BYTES = 64 * 1024 * 1024;
export const importRequestSchema = z.object({
  files: z
    .array(z.instanceof(File))
    .min(1, "Choose at least one file to import")
    .max(MAX_IMPORT_FILES, `At most ${MAX_IMPORT_FILES} files at once`),
  /** The library folder the files go into. */
  folder: folderPathSchema.default(""),
  /** Each file's own subfolder, in the order of `files` (a folder picked whole keeps its tree). */
  folders: z.array(z.string().max(2048)).max(MAX_IMPORT_FILES).default([]),
});

/** What the import endpoint, the CLI and the seed report for each file. */
export type ImportOutcome =
  | { fileName: string; action: "created" | "new-version"; slug: string; title: string; version: number }
  | { fileName: string; action: "unchanged"; slug: string }
  | { fileName: string; action: "rejected"; code: string; message: string };

export const tagsSchema = z
  .array(z.string().trim().min(1).max(40, "Tags are at most 40 characters"))
  .max(20, "At most 20 tags");

export const updateDocumentSchema = z.object({
  title: z.string().trim().min(1, "Give the document a title").max(120, "At most 120 characters").optional(),
  newSlug: slugSchema.optional(),
  description: z.string().trim().max(500, "At most 500 characters").optional(),
  tags: tagsSchema.optional(),
  /** Moves it to this folder (the slug stays). */
  folder: folderPathSchema.optional(),
  /** null: detect from the content. */
  dialect: z.enum(["mustache", "go", "jinja", "none"]).nullable().optional(),
});
export type UpdateDocumentInput = z.input<typeof updateDocumentSchema>;
