import { createHash } from "node:crypto";

/** SHA-256 of the text's UTF-8 bytes, lowercase hex: what the CLI computes of a file on disk. */
export function contentSha256(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

const MAX_CACHED = 50_000;
const byVersion = new Map<string, { sha256: string; size: number }>();

/**
 * Versions never change once saved, so their hashes (and byte sizes) are kept: a sync listing
 * then reads the content only of versions it has not hashed before.
 */
export const versionHashCache = {
  get: (documentId: string, number: number) => byVersion.get(`${documentId}:${number}`),
  set(documentId: string, number: number, sha256: string, size: number) {
    if (byVersion.size >= MAX_CACHED) byVersion.clear();
    byVersion.set(`${documentId}:${number}`, { sha256, size });
  },
};
