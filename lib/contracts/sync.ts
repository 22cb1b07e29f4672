import { z } from "zod";
import { contentSchema, versionNumberSchema } from "./documents";
import { folderPathSchema } from "./folders";
import { labelNameSchema } from "./labels";

/**
 * The batched endpoints the `dramatis` command syncs a repository folder with
 * (scripts/cli/dramatis/). One call lists many documents' versions and hashes, one reads many
 * versions' bytes, one pushes many files: a thousand documents take a few requests, not thousands.
 */

/** Library folders: "" is the root, else `agents/backend` (lib/contracts/folders.ts). */
export const syncFolderSchema = folderPathSchema;

const workspaceIdSchema = z
  .string()
  .min(1)
  .max(100)
  .describe("The workspace, when the caller belongs to several (an API key acts in its own)");

/** Every document (or only those a label points into) under a folder, with hashes, no content. */
export const syncListQuerySchema = z.object({
  workspaceId: workspaceIdSchema.optional(),
  folder: syncFolderSchema.optional().describe("The folder mirrored: its documents and every folder below it (default: the whole workspace)"),
  label: z.union([z.literal("latest"), labelNameSchema]).optional().describe("The version a label points at, instead of the newest"),
});

export const syncListResponseSchema = z.object({
  workspace: z.object({ id: z.string(), name: z.string() }),
  documents: z.array(
    z.object({
      id: z.string().describe("Stable across renames: what a manifest records"),
      slug: z.string(),
      title: z.string(),
      folder: z.string(),
      version: z.number().int().describe("The newest version, or the one the label points at"),
      latestVersion: z.number().int(),
      sha256: z.string().describe("SHA-256 of the version's UTF-8 bytes, lowercase hex"),
      size: z.number().int().describe("UTF-8 bytes of the version"),
    }),
  ),
  withoutLabel: z.array(z.string()).describe("Slugs of documents the label does not point into (left out)"),
});

/** At most this many versions per read; the client asks again for `remaining`. */
export const MAX_SYNC_READS = 500;
/** A read answers with at most about this many bytes of content (always at least one version). */
export const SYNC_READ_BUDGET_BYTES = 8 * 1024 * 1024;

const versionRefSchema = z.object({ id: z.string().min(1).max(100), version: versionNumberSchema });

export const syncReadBodySchema = z.object({
  workspaceId: workspaceIdSchema.optional(),
  versions: z.array(versionRefSchema).min(1).max(MAX_SYNC_READS),
});

export const syncReadResponseSchema = z.object({
  versions: z.array(versionRefSchema.extend({ slug: z.string(), content: z.string() })),
  remaining: z.array(versionRefSchema).describe("Left out to bound the answer: ask for them again"),
  missing: z.array(versionRefSchema).describe("No such document in the workspace, or no such version"),
});

/** At most this many files per push; the client splits larger pushes (and bodies over 5 MB). */
export const MAX_SYNC_PUSH_FILES = 200;

export const syncPushFileSchema = z
  .object({
    path: z.string().min(1).max(1000).describe("The file's path in the synced folder, for new documents' folder and slug, and for the answer"),
    id: z.string().min(1).max(100).optional().describe("The document, if the file came from one"),
    baseVersion: versionNumberSchema.optional().describe("The version the file was pulled or last pushed at"),
    content: contentSchema.optional(),
    delete: z.literal(true).optional().describe("Archive the document (only if nobody saved since baseVersion)"),
  })
  .refine((file) => (file.delete ? file.id !== undefined && file.baseVersion !== undefined : file.content !== undefined), "A file needs content, or id, baseVersion and delete")
  .refine((file) => (file.id === undefined) === (file.baseVersion === undefined), "Give id and baseVersion together");

export const syncPushBodySchema = z.object({
  workspaceId: workspaceIdSchema.optional(),
  folder: syncFolderSchema.default(""),
  message: z.string().trim().max(500).default(""),
  files: z.array(syncPushFileSchema).min(1).max(MAX_SYNC_PUSH_FILES),
});
export type SyncPushBody = z.output<typeof syncPushBodySchema>;

export const syncPushOutcomeSchema = z.object({
  path: z.string(),
  outcome: z.enum(["created", "updated", "merged", "unchanged", "conflict", "archived", "rejected"]),
  id: z.string().optional(),
  slug: z.string().optional(),
  version: z.number().int().optional().describe("The version the file now matches (for a conflict: the newest, to merge against)"),
  sha256: z.string().optional().describe("Hash of that version's bytes"),
  content: z.string().optional().describe("Merged: the saved text. Conflict: the text with Git-style markers"),
  message: z.string().optional().describe("Why a file was rejected or conflicted"),
});
export type SyncPushOutcome = z.infer<typeof syncPushOutcomeSchema>;

export const syncPushResponseSchema = z.object({ results: z.array(syncPushOutcomeSchema) });
