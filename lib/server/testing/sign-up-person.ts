import type { Db } from "../db/client";
import { handleAuthRequest } from "../auth/handle-auth-request";

export type SignedUpPerson = { userId: string; email: string; password: string; cookie: string };

/** A POST to the app's real auth endpoints (/api/auth/<path>), as a browser at `ip` sends it. */
export function postAuth(path: string, body: object, { ip = "10.6.0.1", cookie = "" }: { ip?: string; cookie?: string } = {}) {
  return handleAuthRequest(
    new Request(`http://localhost/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", "x-forwarded-for": ip, cookie },
      body: JSON.stringify(body),
    }),
  );
}

/** The `Cookie` header a browser would send back after `response`. */
export function cookieOf(response: Response): string {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}

/**
 * Signs a person up and in through the real auth handler (sign-up never signs in by itself: it
 * answers alike for taken emails), optionally with a role in a workspace: a real session
 * cookie, as a browser would hold it. The handler uses the default database, so a test first
 * points it at its own (`useAsDefaultDb`); `db` is where the user is then looked up.
 */
export async function signUpPerson(
  db: Db,
  { name, email = `${name.toLowerCase().replace(/\W+/g, "-")}@example.com`, ip, member }: { name: string; email?: string; ip?: string; member?: { workspaceId: string; role: string } },
): Promise<SignedUpPerson> {
  const password = `${email}-password-long`;
  await postAuth("sign-up/email", { name, email, password }, { ip });
  const cookie = cookieOf(await postAuth("sign-in/email", { email, password }, { ip }));
  if (!cookie.includes("session_token=")) throw new Error(`signing in ${email} gave no session cookie`);
  const { id: userId } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  if (member) await db.membership.create({ data: { workspaceId: member.workspaceId, userId, role: member.role } });
  return { userId, email, password, cookie };
}
