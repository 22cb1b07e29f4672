import * as Y from "yjs";
import { DRAFT_TEXT } from "@/lib/core/collab/draft-doc";

/**
 * The draft's shared types (lib/core/collab/draft-doc.ts) and how each is used: the text, the
 * metadata and editors maps, and the form settings map. Nothing else may be created in a room.
 */
export const DRAFT_ROOT_TYPES: Readonly<Record<string, "text" | "map">> = { [DRAFT_TEXT]: "text", meta: "map", editors: "map", form: "map" };

export interface DecodedUpdate {
  structs: Array<Y.Item | Y.GC | Y.Skip>;
  ds: { clients: Map<number, Array<{ clock: number; len: number }>> };
}

export function decodeUpdate(update: Uint8Array): DecodedUpdate {
  return Y.decodeUpdate(update) as unknown as DecodedUpdate;
}

/**
 * Whether an update adds only to the draft's own types. A shared type at the top of a Yjs
 * document is created by the first item naming it as its parent, so every such name is checked
 * (items placed next to others inherit their neighbour's parent, already checked or existing).
 */
export function onlyDraftTypes({ structs }: DecodedUpdate): boolean {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || typeof struct.parent !== "string") continue;
    const kind = DRAFT_ROOT_TYPES[struct.parent];
    if (!kind || (kind === "text") !== (struct.parentSub === null)) return false;
  }
  return true;
}

/**
 * Whether applying an update would change the document: it holds structs beyond what the
 * document has, or deletes something not deleted yet. Read from the update alone, without
 * copying the document (a viewer's client answers every state request with such an update).
 */
export function changesDoc(doc: Y.Doc, { structs, ds }: DecodedUpdate): boolean {
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) if (!rangeDeleted(doc, client, clock, len)) return true;
  }
  return false;
}

function rangeDeleted(doc: Y.Doc, client: number, clock: number, len: number): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs || Y.getState(doc.store, client) < clock + len) return false;
  for (let index = Y.findIndexSS(structs, clock); index < structs.length && structs[index]!.id.clock < clock + len; index++) {
    const struct = structs[index]!;
    if (struct instanceof Y.Item && !struct.deleted) return false;
  }
  return true;
}
