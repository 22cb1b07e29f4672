import { AppError } from "../errors";

/**
 * Reads a route handler's body, stopping at `maxBytes` whatever the encoding: a declared
 * Content-Length over it is refused before reading, and a chunked body is refused as soon as
 * the running count passes it. The rest is never read: the stream is left paused (cancelling
 * it would reset the connection before the 413 goes out) and the 413 closes the connection
 * (error-response.ts), so the socket is dropped instead of drained.
 */
export async function readLimitedBody(request: Request, maxBytes: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new AppError("payload_too_large", tooLarge);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.releaseLock();
      throw new AppError("payload_too_large", tooLarge);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
