import { getDb, type Db } from "../db/client";
import { getAuth } from "./auth";
import type { SessionUser } from "./get-session-user";

export interface OpenSession {
  user: SessionUser;
  sessionId: string;
  expiresAt: Date;
}

/**
 * The session a request's cookie belongs to, with its id and expiry: what long-lived
 * connections (live-draft sockets) need to end when the session does. Null when signed out.
 */
export async function readSession(headers: Headers): Promise<OpenSession | null> {
  const found = await getAuth().api.getSession({ headers });
  if (!found) return null;
  const { user, session } = found;
  return { user: { type: "user", id: user.id, name: user.name, email: user.email }, sessionId: session.id, expiresAt: new Date(session.expiresAt) };
}

/** When a session ends, or null if it already has (signed out, revoked, expired). */
export async function sessionExpiry({ db = getDb(), sessionId }: { db?: Db; sessionId: string }): Promise<Date | null> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { expiresAt: true } });
  return session && session.expiresAt.getTime() > Date.now() ? session.expiresAt : null;
}
