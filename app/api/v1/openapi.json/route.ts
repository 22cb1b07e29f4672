import { buildOpenApiDocument } from "@/lib/server/http/openapi";

// Public: describing the API reveals no data.
export function GET() {
  return Response.json(buildOpenApiDocument());
}
