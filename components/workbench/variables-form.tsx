"use client";

import { useState } from "react";
import type { FieldProblem } from "@/lib/core/variables/field-problems";
import { FIELD_TYPES, getPath, setPath, type FieldType, type VariableField, type VariableSchema } from "@/lib/core/variables/schema";
import { FieldInput } from "./field-input";

const TYPE_LABELS: Record<FieldType, string> = {
  text: "Text",
  multiline: "Long text",
  number: "Number",
  boolean: "Yes/no",
  select: "Choice",
  list: "List",
  json: "JSON",
};

interface Props {
  schema: VariableSchema;
  /** Absent for people who may not edit: the form is filled, not redesigned. */
  onSchemaChange?: (schema: VariableSchema) => void;
  values: Record<string, unknown>;
  onValuesChange: (values: Record<string, unknown>) => void;
  /** What is wrong with each field's value; shown once the person has touched the field (or `showAll`). */
  problems?: Record<string, FieldProblem>;
  /** Why a value was dropped when its field's type changed. */
  notes?: Record<string, string>;
  /** After the person used the result (copy, download): every field's problem shows. */
  showAll?: boolean;
}

/**
 * A form generated from the template's variables; each field's type and details can be set.
 * Problems appear only for fields the person has touched: a page that just opened, or a viewer
 * reading it, sees no complaints about fields nobody has filled yet.
 */
export function VariablesForm({ schema, onSchemaChange, values, onValuesChange, problems = {}, notes = {}, showAll = false }: Props) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (name: string) => setTouched((set) => (set.has(name) ? set : new Set(set).add(name)));
  if (schema.length === 0) {
    return <p className="p-4 text-sm text-zinc-500">This document has no template variables.</p>;
  }
  const updateField = (name: string, patch: Partial<VariableField>) =>
    onSchemaChange?.(schema.map((field) => (field.name === name ? { ...field, ...patch } : field)));
  return (
    <form className="space-y-3 p-3" aria-label="Variables" onSubmit={(e) => e.preventDefault()}>
      {schema.map((field) => {
        const id = `var-${field.name}`;
        const path = field.name.split(".");
        return (
          <div key={field.name} className="space-y-1" data-testid={`field-${field.name}`}>
            <div className="flex items-center gap-2">
              <label htmlFor={id} className="flex-1 truncate font-mono text-xs font-semibold text-zinc-800" title={field.description}>
                {field.label ?? field.name}
                {field.required && <span className="text-red-700"> *</span>}
              </label>
              {onSchemaChange && (
              <select
                aria-label={`Type of ${field.name}`}
                value={field.type}
                onChange={(e) => updateField(field.name, { type: e.target.value as FieldType })}
                className="rounded border border-zinc-200 bg-white px-1 py-0.5 text-xs text-zinc-600"
              >
                {FIELD_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
              )}
            </div>
            {field.description && <p className="text-xs text-zinc-500">{field.description}</p>}
            {/* Leaving the input counts as touching it; the type and settings controls do not. */}
            <div onBlur={() => touch(field.name)}>
            <FieldInput
              id={id}
              field={field}
              value={getPath(values, path)}
              onChange={(value) => {
                touch(field.name);
                onValuesChange(setPath(values, path, value));
              }}
            />
            </div>
            {notes[field.name] && (
              <p role="status" data-testid="field-note" className="text-xs text-amber-800">
                {notes[field.name]}
              </p>
            )}
            <FieldProblemLine problem={showAll || touched.has(field.name) ? problems[field.name] : undefined} />
            {onSchemaChange && <FieldSettings field={field} onChange={(patch) => updateField(field.name, patch)} />}
          </div>
        );
      })}
    </form>
  );
}

/** A required field left empty is a hint; a value that does not fit is an error. */
function FieldProblemLine({ problem }: { problem: FieldProblem | undefined }) {
  if (!problem) return null;
  if (problem.missing) {
    return (
      <p data-testid="field-hint" className="text-xs text-zinc-600">
        {problem.message}
      </p>
    );
  }
  return (
    <p role="alert" data-testid="field-error" className="text-xs text-red-700">
      {problem.message}
    </p>
  );
}

function FieldSettings({ field, onChange }: { field: VariableField; onChange: (patch: Partial<VariableField>) => void }) {
  const small = "w-full rounded border border-zinc-200 px-1.5 py-0.5 text-xs";
  return (
    <details className="text-xs text-zinc-600">
      <summary className="cursor-pointer select-none">Field settings</summary>
      <div className="mt-1 grid grid-cols-2 gap-1">
        <input className={small} placeholder="Label" aria-label={`Label of ${field.name}`} value={field.label ?? ""} onChange={(e) => onChange({ label: e.target.value || undefined })} />
        <input className={small} placeholder="Placeholder" aria-label={`Placeholder of ${field.name}`} value={field.placeholder ?? ""} onChange={(e) => onChange({ placeholder: e.target.value || undefined })} />
        <input className={`${small} col-span-2`} placeholder="Description" aria-label={`Description of ${field.name}`} value={field.description ?? ""} onChange={(e) => onChange({ description: e.target.value || undefined })} />
        {(field.type === "text" || field.type === "multiline" || field.type === "select") && (
          <input className={`${small} col-span-2`} placeholder="Default (used when left empty)" aria-label={`Default of ${field.name}`} value={typeof field.default === "string" ? field.default : ""} onChange={(e) => onChange({ default: e.target.value || undefined })} />
        )}
        {field.type === "select" && (
          <input
            className={`${small} col-span-2`}
            placeholder="Options, comma-separated"
            aria-label={`Options of ${field.name}`}
            value={(field.options ?? []).join(", ")}
            onChange={(e) => onChange({ options: e.target.value.split(",").map((o) => o.trim()).filter(Boolean) })}
          />
        )}
        <label className="col-span-2 flex items-center gap-1">
          <input type="checkbox" checked={field.required === true} onChange={(e) => onChange({ required: e.target.checked || undefined })} /> Required
        </label>
      </div>
    </details>
  );
}
