import type { z } from "zod";
import type { Permission } from "@/lib/core/access/roles";
import * as api from "./api";
import { downloadQuerySchema, downloadResponseSchema } from "./download";
import * as sync from "./sync";

/**
 * Every endpoint of HTTP API v1 in one place: its route handler parses with these schemas and
 * the OpenAPI document (/api/v1/openapi.json) is generated from them, so the two cannot drift.
 */
export interface Endpoint {
  method: "GET" | "POST" | "PUT";
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  status?: number;
  /**
   * What the caller's role must allow. The route wrapper (lib/server/http/api-route.ts) checks it
   * before parsing anything else: on the document in the path, or for an endpoint without one,
   * on the caller's workspaces. lib/server/api/endpoint-permissions.test.ts proves it per endpoint.
   */
  permission: Permission;
  /** Error statuses worth documenting beyond 400/401. */
  errors: number[];
}

export const endpoints = {
  listDocuments: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/documents",
    summary: "List and search documents",
    query: api.listDocumentsQuerySchema,
    response: api.documentSummarySchema.array(),
    errors: [],
  },
  getDocument: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/documents/{slug}",
    summary: "Get a document: metadata, newest version number and labels",
    params: api.slugParamsSchema,
    response: api.documentSchema,
    errors: [404],
  },
  listVersions: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/documents/{slug}/versions",
    summary: "List a document's versions, newest first",
    params: api.slugParamsSchema,
    response: api.versionSummarySchema.array(),
    errors: [404],
  },
  createVersion: {
    method: "POST",
    permission: "document.edit",
    path: "/api/v1/documents/{slug}/versions",
    summary: "Save a new version based on the newest one (409 with the head if it moved on)",
    params: api.slugParamsSchema,
    body: api.createVersionBodySchema,
    response: api.createVersionResponseSchema,
    status: 201,
    errors: [403, 404, 409, 413],
  },
  getVersion: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/documents/{slug}/versions/{ref}",
    summary: "Get a version by number (immutable, cacheable forever), by label or `latest` (revalidate)",
    params: api.versionRefParamsSchema,
    response: api.versionSchema,
    errors: [404],
  },
  setLabel: {
    method: "PUT",
    permission: "label.move",
    path: "/api/v1/documents/{slug}/labels/{name}",
    summary: "Point a label at a version (the move is recorded)",
    params: api.labelParamsSchema,
    body: api.setLabelBodySchema,
    response: api.setLabelResponseSchema,
    errors: [403, 404],
  },
  moveDocument: {
    method: "PUT",
    permission: "document.edit",
    path: "/api/v1/documents/{slug}/folder",
    summary: "Move a document to a folder (its slug and links stay)",
    params: api.slugParamsSchema,
    body: api.moveDocumentBodySchema,
    response: api.moveDocumentResponseSchema,
    errors: [403, 404],
  },
  listFolders: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/folders",
    summary: "A workspace's folder tree with document counts",
    query: api.listFoldersQuerySchema,
    response: api.folderTreeSchema,
    errors: [404],
  },
  moveFolder: {
    method: "POST",
    permission: "document.edit",
    path: "/api/v1/folders/move",
    summary: "Move or rename a folder with everything in it (slugs and links stay)",
    body: api.moveFolderBodySchema,
    response: api.moveFolderResponseSchema,
    errors: [403, 404],
  },
  render: {
    method: "POST",
    permission: "document.read",
    path: "/api/v1/documents/{slug}/render",
    summary: "Render a version (by number or label; default latest) with variable values",
    params: api.slugParamsSchema,
    body: api.renderBodySchema,
    response: api.renderResponseSchema,
    errors: [404, 422],
  },
  renderGet: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/documents/{slug}/render",
    summary: "Render, for simple clients: values as a JSON object in the `values` query parameter",
    params: api.slugParamsSchema,
    query: api.renderQuerySchema,
    response: api.renderResponseSchema,
    errors: [404, 422],
  },
  syncList: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/sync/documents",
    summary: "For the dramatis command: every document under a folder with its version and SHA-256, no content",
    query: sync.syncListQuerySchema,
    response: sync.syncListResponseSchema,
    errors: [403],
  },
  syncRead: {
    method: "POST",
    permission: "document.read",
    path: "/api/v1/sync/versions",
    summary: "For the dramatis command: many versions' exact text in one call (bounded; ask again for `remaining`)",
    body: sync.syncReadBodySchema,
    response: sync.syncReadResponseSchema,
    errors: [403, 413],
  },
  syncPush: {
    method: "POST",
    permission: "document.edit",
    path: "/api/v1/sync/push",
    summary: "For the dramatis command: save many files, each against its base version (merged three ways, or a conflict)",
    body: sync.syncPushBodySchema,
    response: sync.syncPushResponseSchema,
    errors: [403, 413],
  },
  downloadAs: {
    method: "GET",
    permission: "document.read",
    path: "/api/v1/documents/{slug}/download",
    summary: "A version (default newest) as a Claude Code agent, a Cursor rule or plain Markdown: file name, text, dropped keys",
    params: api.slugParamsSchema,
    query: downloadQuerySchema,
    response: downloadResponseSchema,
    errors: [404],
  },
} satisfies Record<string, Endpoint>;
