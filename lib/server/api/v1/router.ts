import { endpoints, type Endpoint } from "@/lib/contracts/api-endpoints";
import { AppError } from "../../errors";
import { jsonResponse, type ApiRequest, type ApiResponse } from "../../http/api-types";
import { apiErrorResponse } from "../../http/error-response";
import { buildOpenApiDocument } from "../../http/openapi";
import * as documents from "./documents";
import { downloadAsHandler } from "./download";
import * as folders from "./folders";
import * as rendering from "./render";
import * as sync from "./sync";

type Handler = (request: ApiRequest, params: Record<string, string>) => Promise<ApiResponse>;

/** Which handler serves which endpoint of the registry; the registry holds paths and schemas. */
const HANDLERS: Record<keyof typeof endpoints, Handler> = {
  listDocuments: documents.listDocumentsHandler,
  getDocument: documents.getDocumentHandler,
  listVersions: documents.listVersionsHandler,
  createVersion: documents.createVersionHandler,
  getVersion: documents.getVersionHandler,
  setLabel: documents.setLabelHandler,
  moveDocument: folders.moveDocumentHandler,
  listFolders: folders.listFoldersHandler,
  moveFolder: folders.moveFolderHandler,
  render: rendering.renderHandler,
  renderGet: rendering.renderGetHandler,
  syncList: sync.syncListHandler,
  syncRead: sync.syncReadHandler,
  syncPush: sync.syncPushHandler,
  downloadAs: downloadAsHandler,
};

const routes = (Object.entries(endpoints) as [keyof typeof endpoints, Endpoint][]).map(([id, endpoint]) => {
  const names: string[] = [];
  const pattern = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { method: endpoint.method, regex: new RegExp(`^${pattern}/?$`), names, handler: HANDLERS[id] };
});

/**
 * Serves /api/v1 from the registry. The custom server calls this before Next sees the request:
 * Next's routing costs about a millisecond of CPU per request, which capped the render API
 * at ~1,000 requests a second on two cores.
 */
export async function handleApiRequest(request: ApiRequest): Promise<ApiResponse> {
  const pathname = pathOf(request.url);
  if (pathname === "/api/v1/openapi.json" && request.method === "GET") return jsonResponse(buildOpenApiDocument());
  const route = routes.find((candidate) => candidate.method === request.method && candidate.regex.test(pathname));
  if (!route) {
    const matches = routes.filter((candidate) => candidate.regex.test(pathname));
    const error = matches.length
      ? new AppError("method_not_allowed", `${request.method} is not allowed here; use ${matches.map((m) => m.method).join(" or ")}.`)
      : new AppError("not_found", `There is no API endpoint at ${pathname}. See /api/v1/openapi.json.`);
    return apiErrorResponse(error);
  }
  const values = route.regex.exec(pathname)!.slice(1);
  const params = Object.fromEntries(route.names.map((name, index) => [name, safeDecode(values[index]!)]));
  return route.handler(request, params);
}

/** The path of an absolute URL, without building a URL object on every call. */
function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const end = url.indexOf("?", start);
  return url.slice(start, end === -1 ? undefined : end);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
