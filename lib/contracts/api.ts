import { z } from "zod";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/core/search/parse-search-query";
import { folderPathSchema, moveDocumentSchema, moveFolderSchema } from "./folders";
import { documentFormatSchema, saveVersionSchema, slugSchema, versionNumberSchema } from "./documents";
import { labelNameSchema } from "./labels";
import { templateValuesSchema } from "./values";

/** Bodies, queries and responses of HTTP API v1. The OpenAPI document is generated from these. */

export const errorBodySchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });

export const slugParamsSchema = z.object({ slug: slugSchema });

export const listDocumentsQuerySchema = z.object({
  q: z
    .string()
    .max(MAX_SEARCH_QUERY_LENGTH)
    .optional()
    .describe('Full-text search: words, "a phrase", prefix*, and the filters tag:NAME, format:NAME, has:LABEL, by:me (README "Library")'),
  archived: z.enum(["true", "false"]).optional().describe("List archived documents instead"),
  folder: folderPathSchema
    .optional()
    .describe("Only documents directly in this folder (\"\" or \"/\": the top level); with `q`, this folder and every folder below it"),
  cursor: z.string().max(200).optional().describe("The next page: the cursor from the previous page's `Link: <…>; rel=\"next\"` or `X-Next-Cursor` header"),
  limit: z.coerce.number().int().min(1).max(200).optional().describe("Documents per page (default 50, 20 with `q`; at most 200)"),
});

const documentFieldsSchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  folder: z.string().describe("The folder path: \"\" for the top level, else names joined by \"/\" (agents/backend)"),
  format: documentFormatSchema,
  updatedAt: z.string(),
});

export const documentSummarySchema = documentFieldsSchema.extend({
  size: z.number().int().describe("Bytes of the newest version (UTF-8)"),
  versionCount: z.number().int(),
  latestAuthorName: z.string().describe("Who saved the newest version"),
  snippet: z.string().optional().describe("With a search: text around the best match, matched words in **…**"),
  line: z.number().int().nullable().optional().describe("With a search: the content line of the match, if it is in the content"),
});

export const versionSummarySchema = z
  .object({ number: z.number().int(), message: z.string(), authorName: z.string(), createdAt: z.string() });

export const documentSchema = documentFieldsSchema.extend({
  archived: z.boolean(),
  createdAt: z.string(),
  latestVersion: z.number().int(),
  labels: z.record(z.string(), z.number().int()).describe("Label name → version number"),
});

export const versionSchema = versionSummarySchema
  .extend({ slug: z.string(), content: z.string() });

/** A version by number, by label, or `latest`. */
export const versionRefParamsSchema = z.object({
  slug: slugSchema,
  ref: z.union([z.coerce.number().int().min(1), z.literal("latest"), labelNameSchema]).describe("Number, label or latest"),
});

/** The same contract as a save from the workbench (lib/contracts/documents.ts). */
export const createVersionBodySchema = saveVersionSchema;

export const createVersionResponseSchema = z.object({
  created: z.boolean().describe("False when the content equals the newest version"),
  number: z.number().int(),
});

export const labelParamsSchema = z.object({ slug: slugSchema, name: labelNameSchema });
export const setLabelBodySchema = z.object({ version: versionNumberSchema }).describe("The move is recorded under the caller's name");
export const setLabelResponseSchema = z.object({ name: z.string(), version: z.number().int(), moved: z.boolean() });

const valuesSchema = templateValuesSchema.describe("Template variable values");

export const renderBodySchema = z
  .object({
    version: versionNumberSchema.optional(),
    label: z.union([z.literal("latest"), labelNameSchema]).optional(),
    values: valuesSchema.default({}),
    strict: z.boolean().default(false).describe("Refuse to render when a variable is missing"),
  })
  .refine((body) => !(body.version && body.label), "Give a version or a label, not both");

export const renderQuerySchema = z
  .object({
    version: z.coerce.number().int().min(1).optional(),
    label: z.union([z.literal("latest"), labelNameSchema]).optional(),
    strict: z.enum(["true", "false"]).optional(),
    values: z.string().max(100_000).optional().describe("Variable values as a JSON object"),
  })
  .refine((query) => !(query.version && query.label), "Give a version or a label, not both");

export const renderResponseSchema = z
  .object({
    text: z.string(),
    missing: z.array(z.string()),
    problems: z.array(z.object({ severity: z.string(), message: z.string(), line: z.number().int(), column: z.number().int() })),
    version: z.number().int(),
    ok: z.boolean(),
  });

/** Moving a document: the same contract as the library's "Move to…" (lib/contracts/folders.ts). */
export const moveDocumentBodySchema = moveDocumentSchema.describe("The document keeps its slug, so its links keep working");
export const moveDocumentResponseSchema = z.object({
  slug: z.string(),
  folder: z.string(),
  moved: z.boolean().describe("False when it was in that folder already"),
});

/** Folders of one workspace: the caller's only one, or the one named when they are in several. */
const workspaceIdSchema = z.string().min(1).max(64).describe("The workspace; needed only when the caller is in several");

export const listFoldersQuerySchema = z.object({
  workspaceId: workspaceIdSchema.optional(),
  archived: z.enum(["true", "false"]).optional().describe("Count archived documents instead"),
});

export const folderTreeSchema = z.object({
  workspaceId: z.string(),
  rootDocuments: z.number().int().describe("Documents at the top level, in no folder"),
  totalDocuments: z.number().int(),
  folders: z
    .array(
      z.object({
        path: z.string(),
        name: z.string(),
        depth: z.number().int().describe("0 for a top-level folder"),
        documents: z.number().int().describe("Documents directly in the folder"),
        totalDocuments: z.number().int().describe("Documents in the folder and every folder below it"),
      }),
    )
    .describe("Parents before their children, siblings by name"),
});

export const moveFolderBodySchema = moveFolderSchema
  .extend({ workspaceId: workspaceIdSchema.optional() })
  .describe("Moves or renames a folder with every document in and below it (archived ones too); slugs stay");
export const moveFolderResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  documents: z.number().int().describe("How many documents moved"),
});
