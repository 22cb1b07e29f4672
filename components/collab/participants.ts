import { participantColor } from "@/lib/core/collab/presence";

export interface Collaborator {
  id: string;
  name: string;
}

export interface Participant extends Collaborator {
  clientId: number;
  color: string;
  readOnly: boolean;
  self: boolean;
}

/** Who is in the draft, from the awareness states the server relays: this page first, then by name. */
export function participants(states: Map<number, Record<string, unknown>>, selfId: number): Participant[] {
  const result: Participant[] = [];
  states.forEach((state, clientId) => {
    const user = state.user as { id?: unknown; name?: unknown; color?: unknown; readOnly?: unknown } | undefined;
    if (typeof user?.id !== "string" || typeof user.name !== "string") return;
    // Another browser's state ends up in a style sheet: only a plain hex colour is taken as is.
    const color = typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : participantColor(user.id);
    result.push({ clientId, id: user.id, name: user.name, color, readOnly: user.readOnly === true, self: clientId === selfId });
  });
  return result.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
