import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDirectory } from "../db/database-url";

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when set (required when several
 * instances share a database), otherwise one generated on first start and kept next to the
 * SQLite file (in data/ for PostgreSQL), so `npm start` needs no configuration and sessions
 * survive restarts.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const dir = dataDirectory();
  if (dir === null) return randomBytes(32).toString("base64url");
  const file = path.join(dir, ".auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // `wx`: if another process wrote one first, theirs wins and is read back.
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
    return secret;
  }
}
