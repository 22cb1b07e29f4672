/**
 * JSON with an entity tag. Immutable resources (a version by number) may be cached forever;
 * the rest (a label, `latest`) must be revalidated, which costs a 304 when nothing moved.
 */
export function cachedJson(request: Request, data: unknown, { etag, immutable }: { etag: string; immutable: boolean }) {
  const quoted = `"${etag}"`;
  const headers = {
    ETag: quoted,
    "Cache-Control": immutable ? "private, max-age=31536000, immutable" : "private, no-cache",
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim() === quoted || tag.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }
  return Response.json(data, { headers });
}
