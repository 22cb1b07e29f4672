"use client";

import { useEffect, useState } from "react";
import { renderSharedAction } from "@/app/s/[token]/actions";
import { PreviewPanel } from "@/components/workbench/preview-panel";
import { VariablesForm } from "@/components/workbench/variables-form";
import type { RenderResult } from "@/lib/core/template";
import type { VariableSchema } from "@/lib/core/variables/schema";

// Rendering happens on the server (a preview-only link never sends the template), so values
// are sent after a short pause in typing rather than on every keystroke.
const RENDER_DELAY_MS = 150;

interface Props {
  token: string;
  schema: VariableSchema;
  initialValues: Record<string, unknown>;
  initialResult: RenderResult;
  /** The template, when the link allows seeing it. */
  source: string | null;
}

export function SharedView({ token, schema, initialValues, initialResult, source }: Props) {
  const [values, setValues] = useState(initialValues);
  const [result, setResult] = useState(initialResult);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (values === initialValues) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void renderSharedAction(token, values).then((outcome) => {
        if (cancelled) return;
        if (outcome.ok) {
          setResult(outcome.data);
          setError(null);
        } else setError(outcome.message);
      });
    }, RENDER_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [token, values, initialValues]);

  return (
    // Side by side from 768 px; on a phone one column: the form, then the preview, then the source.
    <div className="flex flex-col md:min-h-0 md:flex-1 md:flex-row">
      <aside className="shrink-0 border-b border-zinc-200 bg-white md:w-80 md:overflow-y-auto md:border-r md:border-b-0" aria-label="Variables">
        <VariablesForm schema={schema} values={values} onValuesChange={setValues} />
      </aside>
      <div className="flex min-h-[60vh] min-w-0 flex-1 flex-col bg-white md:min-h-0">
        {error && (
          <p role="alert" className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
        <PreviewPanel result={result} slug="shared-prompt" values={values} hasVariables={schema.length > 0} />
      </div>
      {source !== null && (
        <section aria-label="Source" className="flex min-w-0 flex-col border-t border-zinc-200 bg-white md:w-[40%] md:border-t-0 md:border-l">
          <h2 className="border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Source</h2>
          <pre data-testid="shared-source" tabIndex={0} role="region" aria-label="Source text" className="min-h-0 flex-1 overflow-auto p-3 font-mono text-xs whitespace-pre-wrap">
            {source}
          </pre>
        </section>
      )}
    </div>
  );
}
