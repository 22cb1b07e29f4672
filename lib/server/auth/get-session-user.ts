import type { Actor } from "../access/actor";
import { getAuth } from "./auth";

export type SessionUser = Extract<Actor, { type: "user" }>;

/**
 * The person a request's session cookie belongs to, or null: no cookie, an expired session, or
 * a cookie whose signature does not match (tampered) all read as signed out.
 */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  return { type: "user", id: session.user.id, name: session.user.name, email: session.user.email };
}


