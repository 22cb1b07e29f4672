import { createHash, randomBytes } from "node:crypto";

/** `drm_` and 32 random bytes (256 bits), URL-safe. Only its SHA-256 is stored. */
export function generateApiKey(): string {
  return `drm_${randomBytes(32).toString("base64url")}`;
}

/** A fast hash is right here: the key is random, so there is nothing to brute-force. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Shown in lists so people can tell keys apart; far too short to use. */
export function displayPrefix(key: string): string {
  return key.slice(0, 10);
}
