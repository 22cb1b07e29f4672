const names = new Intl.ListFormat("en", { type: "conjunction" });

/** Next to a document in the library: its live draft holds changes that are in no version yet. */
export function DraftMarker({ editors }: { editors: string[] }) {
  const by = editors.length > 0 ? `draft by ${names.format(editors)}` : "unsaved draft";
  return (
    <span
      data-testid="draft-marker"
      title={`Unsaved changes in the live draft (${by}); they become a version when someone saves.`}
      className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-[11px] font-medium text-amber-900"
    >
      {editors.length > 0 ? `Draft by ${names.format(editors)}` : "Unsaved draft"}
    </span>
  );
}
