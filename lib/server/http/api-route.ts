import type { z } from "zod";
import type { Endpoint } from "@/lib/contracts/api-endpoints";
import { authenticateApiKey, type ApiCaller } from "../api-keys/authenticate-api-key";
import { AppError } from "../errors";
import { isApiResponse, jsonResponse, type ApiRequest, type ApiResponse } from "./api-types";
import { apiErrorResponse } from "./error-response";

// Content is capped at 2 MB; JSON escaping can double it.
const MAX_BODY_BYTES = 5 * 1024 * 1024;

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface ApiContext<E extends Endpoint> {
  request: ApiRequest;
  caller: ApiCaller;
  params: Parsed<E["params"]>;
  query: Parsed<E["query"]>;
  body: Parsed<E["body"]>;
}

/**
 * The one wrapper every /api/v1 handler goes through: authenticate, parse params, query and
 * body with the endpoint's schemas, run the handler, and map any error to a JSON response.
 * A handler returns data (sent as JSON with the endpoint's status) or a full ApiResponse.
 */
export function apiRoute<E extends Endpoint>(
  endpoint: E,
  handler: (context: ApiContext<E>) => Promise<ApiResponse | z.input<E["response"]>>,
) {
  return async (request: ApiRequest, params: Record<string, string>): Promise<ApiResponse> => {
    try {
      const caller = await authenticateApiKey({ request });
      const context = {
        request,
        caller,
        params: endpoint.params?.parse(params),
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
