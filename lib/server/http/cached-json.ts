import { emptyResponse, jsonResponse, type ApiRequest, type ApiResponse } from "./api-types";

/**
 * JSON with an entity tag. Immutable resources (a version by number) may be cached forever;
 * the rest (a label, `latest`) must be revalidated, which costs a 304 when nothing moved.
 */
export function cachedJson(request: ApiRequest, data: unknown, { etag, immutable }: { etag: string; immutable: boolean }): ApiResponse {
  const quoted = `"${etag}"`;
  const headers = {
    etag: quoted,
    "cache-control": immutable ? "private, max-age=31536000, immutable" : "private, no-cache",
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim() === quoted || tag.trim() === "*")) {
    return emptyResponse(304, headers);
  }
  return jsonResponse(data, 200, headers);
}
