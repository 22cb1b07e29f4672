import { endpoints } from "@/lib/contracts/api-endpoints";
import { downloadDocumentAs } from "../../documents/download-document-as";
import { apiRoute } from "../../http/api-route";

export const downloadAsHandler = apiRoute(endpoints.downloadAs, async ({ access, query }) =>
  downloadDocumentAs({ access, target: query.as, version: query.version }),
);
