import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Body bytes the client had written when the answer arrived. */
  sentWhenAnswered: number;
}

export interface RawRequestOptions {
  host: string;
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  /** The body: `chunks` blocks of `chunkBytes` bytes, written one after another until the server answers. */
  chunks?: number;
  chunkBytes?: number;
  /**
   * How long the headers go alone before the body (or, for a declared length never sent, before
   * the request ends), so that a refusal the server can make from the headers arrives before any
   * body is written, as with Expect: 100-continue. 0: the body follows at once.
   */
  headStartMs?: number;
}

/**
 * A raw HTTP request as an attacker's script sends it, for what ordinary clients cannot: chunked
 * bodies, declared lengths never sent, broken %-escapes. It stops writing as soon as the server
 * answers, as a well-behaved client would, and says how much it had sent by then.
 */
export function sendRawRequest({ host, port, path, method = "GET", headers = {}, chunks = 0, chunkBytes = 64 * 1024, headStartMs = 0 }: RawRequestOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({ host, port, path, method, headers }, (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sentWhenAnswered }));
      res.on("error", reject);
    });
    // A server that refuses from the headers may close the socket while this side still writes;
    // that EPIPE can come before its answer is read, so give the answer a moment to arrive.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (error.code === "EPIPE" || error.code === "ECONNRESET") setTimeout(() => (answered ? undefined : reject(error)), 2_000);
      else reject(error);
    });
    const chunk = Buffer.alloc(chunkBytes, 0x61);
    const pump = () => {
      while (!answered && sent < chunks * chunkBytes) {
        sent += chunkBytes;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    req.flushHeaders();
    const declaresBody = Number(headers["content-length"] ?? 0) > 0;
    if (headStartMs === 0 || (chunks === 0 && !declaresBody)) pump();
    else setTimeout(() => (answered ? undefined : pump()), headStartMs);
  });
}
