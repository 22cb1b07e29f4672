"use client";

import { useDeferredValue, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from "react";
import { loadIncludesAction } from "@/app/d/[slug]/actions";
import { useLiveDraft, type Collaborator } from "@/components/collab/use-live-draft";
import { DocumentEditor } from "@/components/document/document-editor";
import { revealPlainLine } from "@/components/document/plain-draft-editor";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-editor";
import type { Diagnostic } from "@/lib/core/lints";
import { buildOutline } from "@/lib/core/outline/outline";
import { parseTemplate, render, type Dialect } from "@/lib/core/template";
import { sameForm } from "@/lib/core/collab/draft-form";
import { inferVariableSchema, unusedFields, withDefaults, type VariableSchema } from "@/lib/core/variables/schema";
import { conformValues } from "@/lib/core/variables/conform-values";
import { fieldProblems } from "@/lib/core/variables/field-problems";
import { leaveWithEscapeThenTab, LEAVE_EDITOR_HINT } from "@/components/editor/leave-with-escape";
import { MojibakeBanner } from "./mojibake-banner";
import { PanelTabs, type PanelTab } from "./panel-tabs";
import { ProblemsButton, ProblemsList } from "./problems-panel";
import { OutlinePanel } from "./outline-panel";
import { PresetsBar } from "./presets-bar";
import type { PresetSummary } from "@/lib/contracts/presets";
import { PreviewPanel } from "./preview-panel";
import { ResizeHandle, clampWidth, usePanel } from "./use-panel-size";
import { useEditorDiagnostics } from "./use-editor-diagnostics";
import { useLintDocument } from "./use-lint-document";
import { useTemplateEditorFeatures } from "./use-template-editor-features";
import { useCounts } from "./use-counts";
import { useShortcut } from "@/components/hooks/use-shortcut";
import { useHydrated } from "./use-hydrated";
import { useUrlValues } from "./use-url-values";
import { VariablesForm } from "./variables-form";
import { ShareButton, type ShareContext } from "@/components/share/share-button";

interface Props {
  slug: string;
  presets: PresetSummary[];
  dialect: Dialect | null;
  head: { number: number; content: string; variables: VariableSchema };
  /** The live draft's text when it differs from the newest version's (null: the same). */
  draft: string | null;
  versionsPanel: ReactNode;
  /** Viewers read the source and use the form and preview; the editor is read-only for them. */
  canEdit: boolean;
  /** Why the editor is read-only, when it is not the person's role (an archived document). */
  readOnlyNote?: string;
  /** Share links, for people who may create them. */
  share: ShareContext | null;
  /** The signed-in person, as the others in the live draft see them. */
  me: Collaborator;
  /** The file the document stands for (folder and slug): its kind decides the agent-file lints. */
  path?: string;
}

/**
 * The document workbench: outline and versions on the left, the editor in the middle, the
 * variable form and the live preview on the right. Everything derives from the text in one
 * place; heavy derivations follow a deferred copy so typing never waits for them.
 */
// About what the server allows a render (lib/server/render/render-with-limits.ts), with room
// for a slower machine: the 2 MB synthetic document renders in ~20 ms here.
const PREVIEW_RENDER_BUDGET_MS = 150;
const NO_DIAGNOSTICS: Diagnostic[] = [];

export function Workbench({ slug, dialect, head, draft, versionsPanel, presets, canEdit, readOnlyNote, share, me, path }: Props) {
  const startText = draft ?? head.content;
  const [content, setContent] = useState(startText);
  // Parsing, linting, the outline and the preview are worked out in the browser only: the server
  // and the hydrating render skip them (for a long document they were most of the page's server
  // time, and the browser redoes them anyway). The panels say so until the first result is in.
  const hydrated = useHydrated();
  const deferred = useDeferredValue(hydrated ? content : null);
  const derived = deferred !== null;
  const text = deferred ?? "";
  const parsed = useMemo(() => parseTemplate(text, dialect ? { dialect } : {}), [text, dialect]);
  const [editor, setEditor] = useState<{ editor: CodeEditor; monaco: MonacoInstance } | null>(null);
  // The form's settings live in the shared draft with the text: co-editors see a change at once,
  // it is stored with the draft and saved with the next version.
  const live = useLiveDraft({ slug, me, readOnly: !canEdit, editor, onText: setContent });
  const savedSchema = live.form ?? head.variables;
  const schema = useMemo(() => inferVariableSchema(parsed, savedSchema), [parsed, savedSchema]);
  const baseForm = live.meta.base?.variables;
  const formChanged = useMemo(
    () => live.bound && baseForm !== undefined && !sameForm(schema, inferVariableSchema(parsed, baseForm)),
    [live.bound, baseForm, schema, parsed],
  );
  const [rawValues, setValues] = useUrlValues(slug);
  // The form and the preview read the same values: converted to each field's type, or emptied
  // with a note when a type change leaves a value that cannot be shown.
  const conformed = useMemo(() => conformValues(schema, rawValues), [schema, rawValues]);
  const values = conformed.values;
  const includes = useIncludeSources(slug, parsed.includes.map((include) => include.name), parsed.dialect);
  const result = useMemo(
    // The preview renders on every keystroke: a hostile document (includes fanning out, a huge
    // range) stops at the budget and says so instead of freezing the tab.
    () => render(parsed, withDefaults(schema, values), { trackSegments: true, budgetMs: PREVIEW_RENDER_BUDGET_MS, resolveInclude: (name) => includes[name] ?? null }),
    [parsed, schema, values, includes],
  );
  const problems = useMemo(() => fieldProblems(schema, values), [schema, values]);
  const [resultUsed, setResultUsed] = useState(false);
  // Tokens are counted on the server per saved version and estimated from that while typing.
  const counts = useCounts({ slug, head, source: text, rendered: result.text, enabled: derived });
  const outline = useMemo(() => buildOutline(text, parsed), [text, parsed]);
  // The linter arrives once the page takes typing (or the draft was refused: read-only text).
  const lintDocument = useLintDocument(derived && (live.bound || live.connection === "refused"));
  const diagnostics = useMemo(
    () => (lintDocument ? lintDocument(text, { parsed, schemaVariables: unusedFields(savedSchema, parsed), path }) : NO_DIAGNOSTICS),
    [lintDocument, text, parsed, savedSchema, path],
  );
  const [cursorLine, setCursorLine] = useState(1);
  useEditorDiagnostics(editor, diagnostics);
  useTemplateEditorFeatures(editor, parsed, schema);

  const left = usePanel("left", 240);
  // The versions have a column of their own: the label input needs its width, and hiding the
  // outline should not hide the history.
  const versions = usePanel("versions", 260);
  const right = usePanel("right", 420);
  // Below 900 px the panels become tabs, one at a time at full width (CSS decides the width).
  const [tab, setTab] = useState<PanelTab>("edit");

  // Ctrl/Cmd+Alt+B toggles the outline, Ctrl/Cmd+Alt+P the form and preview.
  useShortcut("Mod+Alt+B", left.toggle);
  useShortcut("Mod+Alt+P", right.toggle);
  useShortcut("Mod+Alt+V", versions.toggle);

  const [problemsOpen, setProblemsOpen] = useState(false);

  const reveal = (line: number, column = 1) => {
    setTab("edit");
    // Before Monaco has taken over, the plain text area jumps instead (once the tab shows it).
    if (!editor) {
      setCursorLine(line);
      requestAnimationFrame(() => revealPlainLine(line, column));
      return;
    }
    editor.editor.revealLineInCenter(line);
    editor.editor.setPosition({ lineNumber: line, column });
    editor.editor.focus();
  };
  // On a phone only the chosen tab shows; on wide screens the panels show unless collapsed.
  const shown = (panel: PanelTab[], open = true) =>
    `${panel.includes(tab) ? "" : "max-[899px]:hidden"} ${open ? "" : "min-[900px]:hidden"}`;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <PanelTabs tab={tab} onChange={setTab} />
      <div className="flex min-h-0 flex-1">
        <aside
          id="workbench-outline"
          style={{ "--panel-width": `${left.width}px` } as CSSProperties}
          className={`flex w-full shrink-0 flex-col overflow-hidden bg-white min-[900px]:w-[var(--panel-width)] ${shown(["outline"], left.open)}`}
          aria-label="Outline"
        >
          <h2 className="border-b border-zinc-100 px-3 py-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Outline</h2>
          <div className="min-h-0 flex-1 overflow-y-auto">
            {derived ? <OutlinePanel outline={outline} currentLine={cursorLine} onReveal={reveal} /> : <Working what="Reading the sections…" />}
          </div>
        </aside>
        {left.open && <ResizeHandle direction={1} label="Resize the outline" width={left.width} controls="workbench-outline" onResize={(d) => left.setWidth((w) => clampWidth(w + d))} />}
        <aside
          id="workbench-versions"
          style={{ "--panel-width": `${versions.width}px` } as CSSProperties}
          className={`w-full shrink-0 overflow-y-auto border-l border-zinc-200 bg-white min-[900px]:w-[var(--panel-width)] ${shown(["versions"], versions.open)}`}
          aria-label="Versions"
        >
          {versionsPanel}
        </aside>
        {versions.open && <ResizeHandle direction={1} label="Resize the versions" width={versions.width} controls="workbench-versions" onResize={(d) => versions.setWidth((w) => clampWidth(w + d))} />}
        <div id="workbench-editor" className={`flex min-w-0 flex-1 flex-col ${shown(["edit"])}`}>
          <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 bg-white px-2 py-1 text-xs text-zinc-500">
            <button type="button" onClick={left.toggle} aria-pressed={left.open} title="Show or hide the outline (Ctrl+Alt+B)" className="rounded px-1.5 py-0.5 hover:bg-zinc-100 max-[899px]:hidden">☰ Outline</button>
            <button type="button" onClick={versions.toggle} aria-pressed={versions.open} title="Show or hide the versions (Ctrl+Alt+V)" className="rounded px-1.5 py-0.5 hover:bg-zinc-100 max-[899px]:hidden">Versions</button>
            <span className="flex-1" />
            {share && <ShareButton slug={slug} share={share} values={values} />}
            <ProblemsButton count={derived && lintDocument ? diagnostics.length : null} open={problemsOpen} onToggle={() => setProblemsOpen((value) => !value)} />
            <button type="button" onClick={right.toggle} aria-pressed={right.open} title="Show or hide the form and preview (Ctrl+Alt+P)" className="rounded px-1.5 py-0.5 hover:bg-zinc-100 max-[899px]:hidden">Preview ◨</button>
          </div>
          {problemsOpen && (
            <ProblemsList
              diagnostics={diagnostics}
              onReveal={reveal}
              onClose={() => {
                setProblemsOpen(false);
                document.querySelector<HTMLButtonElement>("[data-testid=problem-count]")?.focus();
              }}
            />
          )}
          <MojibakeBanner diagnostics={diagnostics} editor={editor?.editor ?? null} />
          <DocumentEditor
            slug={slug}
            headNumber={head.number}
            initialContent={head.content}
            startText={startText}
            content={content}
            setContent={setContent}
            variables={schema}
            live={live}
            formChanged={formChanged}
            readOnly={!canEdit}
            readOnlyNote={readOnlyNote}
            me={me}
            onEditorReady={(instance, monaco) => {
              setEditor({ editor: instance, monaco });
              instance.onDidChangeCursorPosition((event) => setCursorLine(event.position.lineNumber));
              leaveWithEscapeThenTab(instance, monaco, "editor-keys-hint");
            }}
          />
          <p id="editor-keys-hint" className="border-t border-zinc-200 bg-white px-3 py-0.5 text-[11px] text-zinc-500">
            {LEAVE_EDITOR_HINT}
          </p>
        </div>
        {right.open && <ResizeHandle direction={-1} label="Resize the preview" width={right.width} controls="workbench-preview" onResize={(d) => right.setWidth((w) => clampWidth(w + d))} />}
        <aside
          id="workbench-preview"
          style={{ "--panel-width": `${right.width}px` } as CSSProperties}
          className={`flex w-full shrink-0 flex-col overflow-hidden bg-white min-[900px]:w-[var(--panel-width)] ${shown(["form", "preview"], right.open)}`}
          aria-label="Variables and preview"
        >
          <div className={`shrink-0 overflow-y-auto border-b border-zinc-200 min-[900px]:max-h-[45%] ${tab === "form" ? "max-[899px]:flex-1" : "max-[899px]:hidden"}`}>
            {!derived && <Working what="Reading the variables…" />}
            {derived && schema.length > 0 && <PresetsBar slug={slug} presets={presets} values={values} onApply={setValues} canEdit={canEdit} />}
            {derived && (
              <VariablesForm schema={schema} onSchemaChange={canEdit && live.bound && !live.demoted ? live.writeForm : undefined} values={values} onValuesChange={setValues} problems={problems} notes={conformed.notes} showAll={resultUsed} />
            )}
          </div>
          <div className={`flex min-h-0 flex-1 flex-col ${tab === "form" ? "max-[899px]:hidden" : ""}`}>
            {derived ? (
              <PreviewPanel result={result} slug={slug} counts={counts} headNumber={head.number} values={values} hasVariables={parsed.variables.length > 0} onUse={() => setResultUsed(true)} />
            ) : (
              <Working what="Rendering the preview…" />
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}

/** Where a panel's content will be once the browser has worked it out. */
function Working({ what }: { what: string }) {
  return (
    <p className="p-4 text-sm text-zinc-500" aria-busy="true">
      {what}
    </p>
  );
}

/** The text of included documents, fetched when the set of includes changes. */
function useIncludeSources(slug: string, names: string[], dialect: Dialect): Record<string, string> {
  const [sources, setSources] = useState<Record<string, string>>({});
  const key = [...new Set(names)].sort().join("\n");
  useEffect(() => {
    const wanted = key ? key.split("\n") : [];
    if (wanted.length === 0) return;
    let cancelled = false;
    void loadIncludesAction(slug, wanted, dialect).then((result) => {
      if (!cancelled && result.ok) setSources(result.data);
    });
    return () => {
      cancelled = true;
    };
  }, [slug, key, dialect]);
  return sources;
}
