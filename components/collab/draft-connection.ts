import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { MESSAGE_ACCESS, readAccessMessage } from "@/lib/core/collab/access-message";

/** A socket to one document's live draft and the Yjs document it keeps in step. */
export interface DraftConnection {
  slug: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** What the server last said about this connection's rights (null: nothing yet). */
  readOnly: boolean | null;
  /** Told each time the server says it (the page sets it once it has taken the connection). */
  onAccess: ((readOnly: boolean) => void) | null;
}

function openDraftConnection(slug: string): DraftConnection {
  const doc = new Y.Doc();
  const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
  // Every change goes through the server, which checks each participant's rights.
  const provider = new WebsocketProvider(url, slug, doc, { disableBc: true });
  const connection: DraftConnection = { slug, doc, provider, readOnly: null, onAccess: null };
  // The server says when this person's role changes while the page is open.
  provider.messageHandlers[MESSAGE_ACCESS] = (_reply, decoder) => {
    connection.readOnly = readAccessMessage(decoder).readOnly;
    connection.onAccess?.(connection.readOnly);
  };
  return connection;
}

// Nobody took it (the page turned out not to be a workbench): closed after this long.
const UNCLAIMED_MS = 15_000;
let early: { connection: DraftConnection; timer: number } | null = null;

/**
 * Opens the document page's live-draft socket the moment this code runs, before React has
 * hydrated the page, so the handshake, the server's access check and the draft's first sync
 * overlap hydration instead of following it. The slug comes from the address (`/d/<slug>`).
 */
function joinEarly(): void {
  const slug = window.location.pathname.match(/^\/d\/([^/]+)\/?$/)?.[1];
  if (!slug) return;
  const connection = openDraftConnection(decodeURIComponent(slug));
  const timer = window.setTimeout(() => {
    if (early?.connection !== connection) return;
    early = null;
    close(connection);
  }, UNCLAIMED_MS);
  early = { connection, timer };
}

/** The connection opened early for `slug` if there is one, else a new one. */
export function takeDraftConnection(slug: string): DraftConnection {
  const taken = early;
  early = null;
  if (taken) window.clearTimeout(taken.timer);
  if (taken?.connection.slug === slug) return taken.connection;
  if (taken) close(taken.connection);
  return openDraftConnection(slug);
}

export function close(connection: DraftConnection): void {
  connection.onAccess = null;
  connection.provider.destroy();
  connection.doc.destroy();
}

if (typeof window !== "undefined") joinEarly();
