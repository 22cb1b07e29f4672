"use client";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; number: number }
  | { kind: "unchanged"; number: number }
  | { kind: "merged"; number: number }
  | { kind: "error"; message: string };

interface Props {
  dirty: boolean;
  saving: boolean;
  status: SaveStatus;
  message: string;
  onMessageChange: (message: string) => void;
  onSave: () => void;
}

function statusText(status: SaveStatus, dirty: boolean): string {
  if (status.kind === "saving") return "Saving…";
  if (status.kind === "error") return status.message;
  if (dirty) return "Unsaved changes";
  if (status.kind === "saved") return `Saved as version ${status.number}`;
  if (status.kind === "unchanged") return `No changes: version ${status.number} is current`;
  if (status.kind === "merged") return `Merged with the latest changes and saved as version ${status.number}`;
  return "All changes saved";
}

export function SaveBar(props: Props) {
  const { dirty, saving, status, message } = props;
  return (
    <form
      className="flex flex-wrap items-center gap-2 border-b border-zinc-200 bg-zinc-50 px-4 py-2"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <input
        value={message}
        onChange={(event) => props.onMessageChange(event.target.value)}
        placeholder="Describe this change (optional)"
        aria-label="Version message"
        maxLength={500}
        className="min-w-48 flex-1 rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-sm outline-none focus:border-zinc-500"
      />
      <button
        type="submit"
        disabled={saving}
        className="rounded-md bg-zinc-900 px-3 py-1 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50"
      >
        Save <kbd className="ml-1 text-xs text-zinc-300">Ctrl S</kbd>
      </button>
      <span
        role="status"
        data-testid="save-status"
        className={`text-xs ${status.kind === "error" ? "text-red-700" : dirty ? "text-amber-700" : "text-zinc-500"}`}
      >
        {statusText(status, dirty)}
      </span>
    </form>
  );
}
