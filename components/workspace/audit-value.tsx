/** An audit event's before or after state, compact: `version: 3, message: "…"`. */
export function AuditValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-zinc-500">—</span>;
  if (typeof value !== "object") return <span>{String(value)}</span>;
  const entries = Object.entries(value as Record<string, unknown>);
  return (
    <span>
      {entries.map(([key, item], index) => (
        <span key={key}>
          {index > 0 && ", "}
          <span className="text-zinc-500">{key}:</span> {typeof item === "string" ? item : JSON.stringify(item)}
        </span>
      ))}
    </span>
  );
}
