import { endpoints } from "@/lib/contracts/api-endpoints";
import { documentView } from "@/lib/server/api/document-views";
import { getDocument } from "@/lib/server/documents/get-document";
import { apiRoute } from "@/lib/server/http/api-route";

export const GET = apiRoute(endpoints.getDocument, async ({ params }) => documentView(await getDocument(params)));
