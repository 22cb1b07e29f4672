import type { z } from "zod";
import type { Endpoint } from "@/lib/contracts/api-endpoints";
import type { Actor } from "../access/actor";
import { authorizeDocument, type DocumentAccess, type WorkspaceAccess } from "../access/authorize";
import { authorizeWorkspaces } from "../access/authorize-workspaces";
import { AppError } from "../errors";
import { authenticateRequest } from "./authenticate-request";
import { isApiResponse, jsonResponse, type ApiRequest, type ApiResponse } from "./api-types";
import { apiErrorResponse } from "./error-response";
import { API_BODY_BYTES as MAX_BODY_BYTES } from "./request-limits";

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface ApiContext<E extends Endpoint> {
  request: ApiRequest;
  actor: Actor;
  /** For endpoints under /documents/{slug}: the document, with the caller's role in its workspace. */
  access: E["params"] extends z.ZodType ? DocumentAccess : null;
  /** For endpoints that name no document: the caller's workspaces whose role allows the endpoint's permission. */
  workspaces: E["params"] extends z.ZodType ? null : WorkspaceAccess[];
  params: Parsed<E["params"]>;
  query: Parsed<E["query"]>;
  body: Parsed<E["body"]>;
}

/**
 * The one wrapper every /api/v1 handler goes through: authenticate, authorize the endpoint's
 * permission (on the document in its path: 404 for documents outside the caller's workspaces;
 * else on the caller's workspaces; 403 for a role without it) before anything else is read,
 * parse query and body with the endpoint's schemas, run the handler, and map any error to a
 * JSON response.
 * A handler returns data (sent as JSON with the endpoint's status) or a full ApiResponse.
 */
export function apiRoute<E extends Endpoint>(
  endpoint: E,
  handler: (context: ApiContext<E>) => Promise<ApiResponse | z.input<E["response"]>>,
) {
  return async (request: ApiRequest, params: Record<string, string>): Promise<ApiResponse> => {
    try {
      const actor = await authenticateRequest(request);
      const parsedParams = endpoint.params?.parse(params) as { slug?: string } | undefined;
      const access = parsedParams?.slug
        ? await authorizeDocument({ actor, slug: parsedParams.slug, permission: endpoint.permission })
        : null;
      const workspaces = access ? null : await authorizeWorkspaces({ actor, permission: endpoint.permission });
      const context = {
        request,
        actor,
        access,
        workspaces,
        params: parsedParams,
        query: endpoint.query?.parse(Object.fromEntries(new URL(request.url).searchParams)),
        body: endpoint.body?.parse(await readJsonBody(request)),
      } as ApiContext<E>;
      const result = await handler(context);
      return isApiResponse(result) ? result : jsonResponse(result, endpoint.status ?? 200);
    } catch (error) {
      return apiErrorResponse(error);
    }
  };
}

async function readJsonBody(request: ApiRequest): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    throw new AppError("payload_too_large", "The request body is over 5 MB.");
  }
  if (!request.headers.get("content-type")?.includes("application/json")) {
    throw new AppError("invalid_input", "Send the body as JSON with `Content-Type: application/json`.");
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is over 5 MB.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}
