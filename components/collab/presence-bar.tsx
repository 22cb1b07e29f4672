"use client";

import { cssString, initials } from "@/lib/core/collab/presence";
import type { Connection, Participant } from "./use-live-draft";

const CONNECTION_TEXT: Record<Connection, string> = {
  connecting: "Connecting…",
  connected: "Live",
  offline: "Offline: edits are kept and sent when the connection returns",
  refused: "Disconnected",
};

const CONNECTION_DOT: Record<Connection, string> = {
  connecting: "bg-zinc-400",
  connected: "bg-green-500",
  offline: "bg-amber-500",
  refused: "bg-red-500",
};

/** Who is in the live draft (one avatar per person, however many tabs) and the connection state. */
export function PresenceBar({ people, connection, refusal }: { people: Participant[]; connection: Connection; refusal: string | null }) {
  const unique = [...new Map(people.map((person) => [person.id, person])).values()];
  return (
    <div className="flex items-center gap-2" data-testid="presence">
      <span role="status" data-testid="connection-state" data-state={connection} className="flex items-center gap-1.5 text-xs text-zinc-600" title={refusal ?? undefined}>
        <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${CONNECTION_DOT[connection]}`} />
        {connection === "refused" && refusal ? refusal : CONNECTION_TEXT[connection]}
      </span>
      {/* Viewers get a dashed outline rather than a faded avatar: fading took their initials below readable contrast. */}
      <ul aria-label="People in this draft" className="flex -space-x-1.5">
        {unique.map((person) => (
          <li
            key={person.id}
            title={`${person.name}${person.self ? " (you)" : ""}${person.readOnly ? " · viewing" : ""}`}
            aria-label={`${person.name}${person.self ? " (you)" : ""}${person.readOnly ? ", viewing" : ""}`}
            style={{ backgroundColor: person.color }}
            className={`flex h-6 w-6 items-center justify-center rounded-full text-[10px] font-semibold text-white ${person.readOnly ? "outline-2 outline-offset-1 outline-zinc-500 outline-dashed" : "ring-2 ring-white"}`}
          >
            {initials(person.name)}
          </li>
        ))}
      </ul>
      <RemoteCursorStyles people={people} />
    </div>
  );
}

/** Colours and name labels for the remote selections the editor binding decorates, per connection. */
function RemoteCursorStyles({ people }: { people: Participant[] }) {
  const css = people
    .filter((person) => !person.self)
    .map(
      ({ clientId: id, color, name }) =>
        `.remote-selection-${id}{background-color:${color}33}` +
        `.remote-caret-${id}{border-left:2px solid ${color}}` +
        `.remote-caret-${id}::after{content:${cssString(name)};background:${color}}`,
    )
    .join("\n");
  return <style data-testid="remote-cursor-styles">{css}</style>;
}
