import type { Db } from "@/lib/server/db/client";
import { createWorkspace } from "@/lib/server/workspaces/create-workspace";

/**
 * For benchmarks on a fresh database: signs up an owner through the running server (so the
 * password is hashed and the session is real) and creates the first workspace, which receives
 * the example documents. Returns the session cookie for a browser or fetch.
 */
export async function signUpOwner(baseUrl: string, db: Db) {
  const auth = (path: string) =>
    fetch(`${baseUrl}/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl },
      body: JSON.stringify({ name: "Bench Owner", email: "bench@example.com", password: "bench-password-1" }),
    });
  const signedUp = await auth("sign-up/email");
  if (!signedUp.ok) throw new Error(`sign-up answered ${signedUp.status}: ${await signedUp.text()}`);
  // Sign-up never signs in by itself (it answers alike for emails that have an account).
  const response = await auth("sign-in/email");
  if (!response.ok) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const user = await db.user.findUniqueOrThrow({ where: { email: "bench@example.com" } });
  const workspace = await createWorkspace({ db, user: { type: "user", id: user.id, name: user.name, email: user.email }, name: "Bench" });
  return { cookie, workspaceId: workspace.id, user };
}

/** The session cookie header as browser cookies for localhost (values may hold "=", so split at the first). */
export function browserCookies(cookie: string) {
  return cookie.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: "localhost", path: "/" };
  });
}
