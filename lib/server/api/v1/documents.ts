import { endpoints } from "@/lib/contracts/api-endpoints";
import { searchResultView, documentView, versionSummaryView, versionView } from "../document-views";
import { auditActor, authorName } from "../../access/actor";
import { createVersion } from "../../documents/create-version";
import { getDocument } from "../../documents/get-document";
import { searchDocuments } from "../../documents/search-documents";
import { resolveVersion } from "../../documents/resolve-version";
import { apiRoute } from "../../http/api-route";
import { jsonResponse } from "../../http/api-types";
import { cachedJson } from "../../http/cached-json";
import { setLabel } from "../../labels/set-label";

export const listDocumentsHandler = apiRoute(endpoints.listDocuments, async ({ request, actor, workspaces, query }) => {
  const page = await searchDocuments({
    workspaceIds: workspaces.map((workspace) => workspace.workspaceId),
    query: query.q ?? "",
    archived: query.archived === "true",
    cursor: query.cursor,
    limit: query.limit,
    personName: authorName(actor),
    folder: query.folder,
  });
  // The body stays the array it always was; the next page is announced in headers (RFC 8288).
  return jsonResponse(page.documents.map(searchResultView), 200, nextPageHeaders(request.url, page.nextCursor));
});

function nextPageHeaders(url: string, nextCursor: string | null): Record<string, string> {
  if (!nextCursor) return {};
  const next = new URL(url);
  next.searchParams.set("cursor", nextCursor);
  return { link: `<${next.pathname}${next.search}>; rel="next"`, "x-next-cursor": nextCursor };
}

export const getDocumentHandler = apiRoute(endpoints.getDocument, async ({ access }) => documentView(await getDocument({ access })));

export const listVersionsHandler = apiRoute(endpoints.listVersions, async ({ access }) =>
  (await getDocument({ access })).versions.map(versionSummaryView),
);

export const createVersionHandler = apiRoute(endpoints.createVersion, async ({ actor, access, body }) => {
  // The body was parsed once, by the endpoint's schema; the document was found once, by the
  // authorization. The author is whoever authenticated, never a name the body carries.
  const result = await createVersion({ access, input: body, authorName: authorName(actor), actor: auditActor(actor) });
  // An unchanged save created nothing: 200, not 201.
  return jsonResponse(result, result.created ? 201 : 200);
});

export const getVersionHandler = apiRoute(endpoints.getVersion, async ({ request, access, params }) => {
  const { document, version, immutable } = await resolveVersion({ access, ref: params.ref });
  // The version's id changes whenever a label or `latest` points elsewhere.
  return cachedJson(request, versionView(document.slug, version), { etag: version.id, immutable });
});

export const setLabelHandler = apiRoute(endpoints.setLabel, async ({ actor, access, params, body }) =>
  setLabel({ access, input: { name: params.name, version: body.version }, actorName: authorName(actor), actor: auditActor(actor) }),
);
