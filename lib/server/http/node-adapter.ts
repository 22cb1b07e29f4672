import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "../errors";
import type { ApiRequest, ApiResponse } from "./api-types";
import { writeErrorResponse } from "./error-response";
import { API_BODY_BYTES } from "./request-limits";

// The API's own body cap, enforced while reading so a huge upload stops early.
const MAX_BODY_BYTES = API_BODY_BYTES;

/** Serves a Node request with an API handler, without building Web Requests or Responses. */
export async function serveApi(req: IncomingMessage, res: ServerResponse, handle: (request: ApiRequest) => Promise<ApiResponse>) {
  const chunks = Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES ? null : await readBody(req);
  if (chunks === null) {
    // The unread rest is not drained: the connection closes once the answer is out.
    writeErrorResponse(req, res, new AppError("payload_too_large", "The request body is over 5 MB."), { closeConnection: true });
    return;
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

/**
 * The body's chunks, or null as soon as it passes MAX_BODY_BYTES (chunked bodies declare no
 * length). Reading then stops with the request paused rather than destroyed: destroying it
 * would reset the socket before the 413 could be sent.
 */
function readBody(req: IncomingMessage): Promise<Buffer[] | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      req.pause();
      req.off("data", onData);
      resolve(null);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks));
    req.once("error", reject);
  });
}
