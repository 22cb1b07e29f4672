import { publish } from "../events/domain-events";
import { getAuth } from "./auth";
import { readSession } from "./read-session";

/**
 * better-auth's sign-out, then `session.ended` for the session it ended, so what was opened
 * with it (live-draft sockets) closes at once instead of outliving the sign-out.
 */
export async function signOut(request: Request): Promise<Response> {
  const session = await readSession(request.headers).catch(() => null);
  const response = await getAuth().handler(request);
  if (response.ok && session) await publish("session.ended", { userId: session.user.id, sessionId: session.sessionId });
  return response;
}
