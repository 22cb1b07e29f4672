"use client";

import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { ShownOnce } from "@/components/shown-once";
import { createApiKeyAction } from "@/app/settings/api-keys/actions";
import { roleName, type ApiKeyRole } from "@/lib/core/access/roles";

/** Creates a key and shows it once, with a copy button. */
export function ApiKeyCreator() {
  const [name, setName] = useState("");
  const [role, setRole] = useState<ApiKeyRole>("viewer");
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const create = useAction(createApiKeyAction, {
    onSuccess: (key) => {
      setName("");
      setCreated(key);
    },
  });
  const { pending } = create;
  const error = create.fieldErrors.name ?? create.error;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    void create.run(name, role);
  }

  return (
    <div className="mt-6 rounded-lg border border-zinc-200 bg-white p-4">
      <form onSubmit={submit} className="flex gap-2">
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="What uses this key, e.g. support-bot production"
          aria-label="Key name"
          className="flex-1 rounded-md border border-zinc-300 px-3 py-1.5 text-sm"
        />
        <select value={role} onChange={(event) => setRole(event.target.value as ApiKeyRole)} aria-label="Key role" className="rounded-md border border-zinc-300 bg-white px-2 text-sm">
          {(["viewer", "editor"] as const).map((value) => (
            <option key={value} value={value}>
              {roleName(value)}: {value === "viewer" ? "read and render" : "also save and label"}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
          Create key
        </button>
      </form>
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
      {created && (
        <ShownOnce
          value={created.key}
          label="New API key"
          testId="new-api-key"
          note={`Key “${created.name}” created. Copy it now: it will not be shown again.`}
        />
      )}
    </div>
  );
}
