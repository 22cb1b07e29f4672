import { endpoints } from "@/lib/contracts/api-endpoints";
import { documentSummaryView } from "@/lib/server/api/document-views";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { apiRoute } from "@/lib/server/http/api-route";

export const GET = apiRoute(endpoints.listDocuments, async ({ query }) =>
  (await listDocuments({ query: query.q, archived: query.archived === "true" })).map(documentSummaryView),
);
