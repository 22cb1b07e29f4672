"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { deletePresetAction, savePresetAction } from "@/app/d/[slug]/actions";
import type { PresetSummary } from "@/lib/contracts/presets";

// One's own test case and a shared one (from before presets were personal) may share a name;
// names are trimmed, so a leading space cannot clash with one's own.
const keyOf = (preset: PresetSummary) => (preset.mine ? preset.name : ` ${preset.name}`);

/** Saved test cases (personal: only their owner sees them): pick one to fill the form, save the current values under a name. */
export function PresetsBar({
  slug,
  presets,
  values,
  onApply,
  canEdit,
}: {
  slug: string;
  presets: PresetSummary[];
  values: Record<string, unknown>;
  onApply: (values: Record<string, unknown>) => void;
  /** Editors may also delete shared test cases (those without an owner). */
  canEdit: boolean;
}) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [selected, setSelected] = useState("");
  const save = useAction(savePresetAction, {
    onSuccess: (_, input) => {
      setSelected(input.name.trim());
      setName("");
      router.refresh();
    },
  });
  const remove = useAction(deletePresetAction, {
    onSuccess: () => {
      setSelected("");
      router.refresh();
    },
  });
  const pending = save.pending || remove.pending;
  const error = save.error ?? remove.error;
  const selectedPreset = presets.find((p) => keyOf(p) === selected);

  return (
    <div className="space-y-1 border-b border-zinc-100 p-3 text-xs" aria-label="Test cases" role="group">
      <div className="flex gap-1">
        <select
          aria-label="Test case"
          value={selected}
          onChange={(event) => {
            setSelected(event.target.value);
            const preset = presets.find((p) => keyOf(p) === event.target.value);
            if (preset) onApply(preset.values);
          }}
          className="min-w-0 flex-1 rounded border border-zinc-300 bg-white px-1.5 py-1"
        >
          <option value="">{presets.length ? "Load a test case…" : "No saved test cases"}</option>
          {presets.map((preset) => (
            <option key={keyOf(preset)} value={keyOf(preset)}>
              {preset.mine ? preset.name : `${preset.name} (shared, by ${preset.ownerName})`}
            </option>
          ))}
        </select>
        {selectedPreset && (selectedPreset.mine || canEdit) && (
          <button type="button" disabled={pending} onClick={() => void remove.run(slug, selectedPreset.name)} className="rounded border border-zinc-300 px-1.5 text-red-700">
            Delete
          </button>
        )}
      </div>
      <form
        className="flex gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          void save.run({ slug, name, values });
        }}
      >
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Save these values as…" aria-label="Test case name" className="min-w-0 flex-1 rounded border border-zinc-300 px-1.5 py-1" />
        <button type="submit" disabled={pending || !name.trim()} className="rounded border border-zinc-300 px-1.5 font-medium disabled:opacity-40">
          Save
        </button>
      </form>
      {error && <p role="alert" className="text-red-700">{error}</p>}
    </div>
  );
}
