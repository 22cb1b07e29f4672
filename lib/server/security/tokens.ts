import { createHash, randomBytes } from "node:crypto";

/**
 * Bearer secrets (API keys, invite and share tokens): 32 random bytes (256 bits), URL-safe,
 * behind a short prefix that says what they are. Only their SHA-256 is ever stored.
 */
export function generateToken(prefix: "drm" | "inv" | "shr"): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function generateApiKey(): string {
  return generateToken("drm");
}

const recentHashes = new Map<string, string>();

/**
 * A fast hash is right here: tokens are random, so there is nothing to brute-force. The few
 * tokens in use are remembered, since every API call hashes its key.
 */
export function hashToken(token: string): string {
  let hash = recentHashes.get(token);
  if (hash === undefined) {
    hash = createHash("sha256").update(token).digest("hex");
    if (recentHashes.size >= 1000) recentHashes.clear();
    recentHashes.set(token, hash);
  }
  return hash;
}

/** Shown in lists so people can tell keys apart; far too short to use. */
export function displayPrefix(key: string): string {
  return key.slice(0, 10);
}
