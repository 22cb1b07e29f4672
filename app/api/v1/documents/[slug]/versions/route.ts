import { endpoints } from "@/lib/contracts/api-endpoints";
import { versionSummaryView } from "@/lib/server/api/document-views";
import { createVersion } from "@/lib/server/documents/create-version";
import { getDocument } from "@/lib/server/documents/get-document";
import { apiRoute } from "@/lib/server/http/api-route";

export const GET = apiRoute(endpoints.listVersions, async ({ params }) =>
  (await getDocument(params)).versions.map(versionSummaryView),
);

export const POST = apiRoute(endpoints.createVersion, async ({ params, body }) => {
  const result = await createVersion({ input: { slug: params.slug, ...body } });
  // An unchanged save created nothing: 200, not 201.
  return Response.json(result, { status: result.created ? 201 : 200 });
});
