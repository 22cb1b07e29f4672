"use client";

import { useState } from "react";
import type { VariableField } from "@/lib/core/variables/schema";

const input = "w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm outline-none focus:border-zinc-500";

/** The input for one variable, by its field type. */
export function FieldInput({ field, value, onChange, id }: { field: VariableField; value: unknown; onChange: (value: unknown) => void; id: string }) {
  const placeholder = field.placeholder ?? "";
  switch (field.type) {
    case "multiline":
      return <textarea id={id} rows={4} className={input} placeholder={placeholder} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} />;
    case "number":
      return (
        <input
          id={id}
          type="number"
          className={input}
          placeholder={placeholder}
          value={typeof value === "number" ? value : ""}
          onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}
        />
      );
    case "boolean":
      return <input id={id} type="checkbox" className="size-4" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case "select":
      return (
        <select id={id} className={input} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">—</option>
          {(field.options ?? []).map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      );
    case "list":
      return <ListInput field={field} value={Array.isArray(value) ? value : []} onChange={onChange} />;
    case "json":
      return <JsonInput id={id} value={value} onChange={onChange} />;
    default:
      return <input id={id} className={input} placeholder={placeholder} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} />;
  }
}

/** Items of text, or of objects with the fields the section uses: add, remove, reorder. */
function ListInput({ field, value, onChange }: { field: VariableField; value: unknown[]; onChange: (value: unknown[]) => void }) {
  const fields = field.itemFields ?? [];
  const blank = () => (fields.length ? Object.fromEntries(fields.map((name) => [name, ""])) : "");
  const update = (index: number, item: unknown) => onChange(value.map((old, i) => (i === index ? item : old)));
  const move = (index: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    onChange(next);
  };
  return (
    <div className="space-y-1.5" data-testid={`list-${field.name}`}>
      {value.map((item, index) => (
        <div key={index} className="flex items-start gap-1 rounded border border-zinc-200 p-1">
          <div className="flex-1 space-y-1">
            {fields.length === 0 ? (
              <input aria-label={`${field.name} item ${index + 1}`} className={input} value={typeof item === "string" ? item : ""} onChange={(e) => update(index, e.target.value)} />
            ) : (
              fields.map((name) => (
                <input
                  key={name}
                  aria-label={`${field.name} item ${index + 1} ${name}`}
                  placeholder={name}
                  className={input}
                  value={String((item as Record<string, unknown>)?.[name] ?? "")}
                  onChange={(e) => update(index, { ...(item as Record<string, unknown>), [name]: e.target.value })}
                />
              ))
            )}
          </div>
          <button type="button" className="px-1 text-xs text-zinc-500 disabled:opacity-30" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move item ${index + 1} up`}>↑</button>
          <button type="button" className="px-1 text-xs text-zinc-500 disabled:opacity-30" disabled={index === value.length - 1} onClick={() => move(index, 1)} aria-label={`Move item ${index + 1} down`}>↓</button>
          <button type="button" className="px-1 text-xs text-red-700" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={`Remove item ${index + 1}`}>✕</button>
        </div>
      ))}
      <button type="button" className="text-xs font-medium text-zinc-700 underline" onClick={() => onChange([...value, blank()])}>
        Add item
      </button>
    </div>
  );
}

function JsonInput({ id, value, onChange }: { id: string; value: unknown; onChange: (value: unknown) => void }) {
  const [text, setText] = useState(() => (value === undefined ? "" : JSON.stringify(value, null, 2)));
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <textarea
        id={id}
        rows={4}
        className={`${input} font-mono text-xs`}
        value={text}
        placeholder='{ "key": "value" }'
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === "") {
            setError(null);
            onChange(undefined);
            return;
          }
          try {
            onChange(JSON.parse(e.target.value));
            setError(null);
          } catch {
            setError("Not valid JSON yet");
          }
        }}
      />
      {error && <p className="text-xs text-amber-700">{error}</p>}
    </>
  );
}
