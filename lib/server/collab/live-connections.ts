import { can, type Role } from "@/lib/core/access/roles";
import { roleIn } from "../access/authorize";
import type { SessionUser } from "../auth/get-session-user";
import { sessionExpiry } from "../auth/read-session";
import { getDb, type Db } from "../db/client";
import { CLOSE } from "./close-codes";
import type { CollabRoom, Peer } from "./collab-room";

/** An open live-draft socket and the rights it was opened with. */
export interface LiveConnection {
  peer: Peer;
  room: CollabRoom;
  user: SessionUser;
  sessionId: string;
  sessionExpiresAt: Date;
  workspaceId: string;
  documentId: string;
}

// Rights can also change where no event reaches this process (the session row deleted by
// hand, another process): every connection is checked again this often, and at its expiry.
const RECHECK_MS = 60_000;

/**
 * Every open live-draft socket of this process, so that what happens to rights elsewhere
 * reaches them at once: a removed member's and a signed-out session's sockets close, a demoted
 * editor's turns read-only. Also re-checks each socket's session and role every minute and at
 * the session's expiry, for what no event announces.
 */
export class LiveConnections {
  private readonly open = new Map<LiveConnection, ReturnType<typeof setTimeout>>();

  constructor(private readonly db: () => Db = getDb) {}

  /** Tracks a connection until the returned function is called (when its socket closes). */
  add(connection: LiveConnection): () => void {
    this.schedule(connection);
    return () => {
      clearTimeout(this.open.get(connection));
      this.open.delete(connection);
    };
  }

  get size(): number {
    return this.open.size;
  }

  /** A member's role in a workspace changed (`null`: removed). */
  changeRole(workspaceId: string, userId: string, role: Role | null): void {
    for (const connection of this.open.keys()) {
      if (connection.workspaceId === workspaceId && connection.user.id === userId) this.apply(connection, role);
    }
  }

  /** A session ended; without `sessionId`, every session of the person. */
  endSession(userId: string, sessionId?: string): void {
    for (const connection of this.open.keys()) {
      if (connection.user.id === userId && (!sessionId || connection.sessionId === sessionId)) this.close(connection, CLOSE.signedOut);
    }
  }

  /** Checks every connection's session and role again now. */
  async recheckAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((connection) => this.recheck(connection)));
  }

  private async recheck(connection: LiveConnection): Promise<void> {
    if (!this.open.has(connection)) return;
    const db = this.db();
    const expiresAt = await sessionExpiry({ db, sessionId: connection.sessionId });
    if (!expiresAt) return this.close(connection, CLOSE.signedOut);
    connection.sessionExpiresAt = expiresAt;
    const document = await db.document.findUnique({ where: { id: connection.documentId }, select: { workspaceId: true } });
    if (document?.workspaceId !== connection.workspaceId) return this.close(connection, CLOSE.removed);
    this.apply(connection, await roleIn({ db, actor: connection.user, workspaceId: connection.workspaceId }));
    if (this.open.has(connection)) this.schedule(connection);
  }

  private schedule(connection: LiveConnection): void {
    clearTimeout(this.open.get(connection));
    const untilExpiry = connection.sessionExpiresAt.getTime() - Date.now();
    const timer = setTimeout(() => {
      this.recheck(connection).catch((error: unknown) => {
        console.error("Could not re-check a live-draft connection:", error);
        if (this.open.has(connection)) this.schedule(connection);
      });
    }, Math.max(0, Math.min(RECHECK_MS, untilExpiry)));
    timer.unref();
    this.open.set(connection, timer);
  }

  private apply(connection: LiveConnection, role: Role | null): void {
    if (!role) return this.close(connection, CLOSE.removed);
    const readOnly = !can(role, "document.edit");
    if (readOnly !== connection.peer.readOnly) connection.room.setReadOnly(connection.peer, readOnly);
  }

  private close(connection: LiveConnection, { code, reason }: { code: number; reason: string }): void {
    clearTimeout(this.open.get(connection));
    this.open.delete(connection);
    connection.peer.close(code, reason);
  }
}
