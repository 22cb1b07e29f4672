import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiRequest, ApiResponse } from "./api-types";

// Same cap as the API's own body check, enforced while reading so a huge upload stops early.
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Serves a Node request with an API handler, without building Web Requests or Responses. */
export async function serveApi(req: IncomingMessage, res: ServerResponse, handle: (request: ApiRequest) => Promise<ApiResponse>) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      res.writeHead(413, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "payload_too_large", message: "The request body is over 5 MB." } }));
      return;
    }
    chunks.push(chunk as Buffer);
  }
  const body = chunks.length === 0 ? "" : Buffer.concat(chunks).toString("utf8");
  const request: ApiRequest = {
    method: req.method ?? "GET",
    url: `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
    headers: {
      get(name) {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    text: async () => body,
  };
  const response = await handle(request);
  const headers = response.body === null ? response.headers : { ...response.headers, "content-length": String(Buffer.byteLength(response.body)) };
  res.writeHead(response.status, headers);
  // A string body goes out in one write together with the headers (a Buffer would be a
  // separate writev), which on loopback was the largest single cost of an API call.
  res.end(response.body ?? undefined);
}
