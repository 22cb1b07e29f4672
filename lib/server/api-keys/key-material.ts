import { createHash, randomBytes } from "node:crypto";

/** `drm_` and 32 random bytes (256 bits), URL-safe. Only its SHA-256 is stored. */
export function generateApiKey(): string {
  return `drm_${randomBytes(32).toString("base64url")}`;
}

const recentHashes = new Map<string, string>();

/**
 * A fast hash is right here: the key is random, so there is nothing to brute-force. The few
 * keys in use are remembered, since every API call hashes its key.
 */
export function hashApiKey(key: string): string {
  let hash = recentHashes.get(key);
  if (hash === undefined) {
    hash = createHash("sha256").update(key).digest("hex");
    if (recentHashes.size >= 1000) recentHashes.clear();
    recentHashes.set(key, hash);
  }
  return hash;
}

/** Shown in lists so people can tell keys apart; far too short to use. */
export function displayPrefix(key: string): string {
  return key.slice(0, 10);
}
