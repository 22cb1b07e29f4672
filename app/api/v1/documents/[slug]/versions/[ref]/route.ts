import { endpoints } from "@/lib/contracts/api-endpoints";
import { versionView } from "@/lib/server/api/document-views";
import { resolveVersion } from "@/lib/server/documents/resolve-version";
import { apiRoute } from "@/lib/server/http/api-route";
import { cachedJson } from "@/lib/server/http/cached-json";

export const GET = apiRoute(endpoints.getVersion, async ({ request, params }) => {
  const { document, version, immutable } = await resolveVersion(params);
  return cachedJson(request, versionView(document.slug, version), {
    etag: `${version.id}`,
    immutable,
  });
});
