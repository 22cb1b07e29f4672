"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { uploadImport, type ImportReport } from "./upload-import";
import { IMPORT_EXTENSIONS, skipReason, walkDroppedEntries, type DroppedEntry, type SkippedFile } from "./walk-dropped-entries";

const ACCEPT = IMPORT_EXTENSIONS.join(",");

const ACTION_TEXT = {
  created: "Created",
  "new-version": "New version",
  unchanged: "Unchanged",
  rejected: "Rejected",
} as const;

/**
 * "Import": pick or drop files, or pick or drop a folder (its subfolders are kept; files an import
 * does not take are listed with why); each file is reported on its own line. Files go into `folder`, the library's current one. `openOnArrival` opens it
 * with the page (the command palette's Import goes to `/?import=1`).
 */
export function ImportDialog({ openOnArrival = false, folder = "" }: { openOnArrival?: boolean; folder?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [skipped, setSkipped] = useState<SkippedFile[]>([]);

  // Files picked while an upload runs are uploaded too; their results join the list.
  async function importFiles(files: File[], subfolders?: string[]) {
    if (files.length === 0) return;
    setBusy(true);
    const next = await uploadImport(files, folder, subfolders);
    setReport((previous) => (previous?.ok && next.ok ? { ok: true, outcomes: [...previous.outcomes, ...next.outcomes] } : next));
    setBusy(false);
    router.refresh();
  }

  useEffect(() => {
    if (openOnArrival && !dialog.current?.open) dialog.current?.showModal();
  }, [openOnArrival]);

  /** A folder picked whole: what an import does not take is listed rather than sent. */
  function importPickedFolder(picked: File[]) {
    const files = picked.filter((file) => !skipReason(file.webkitRelativePath || file.name));
    setSkipped((previous) => [
      ...previous,
      ...picked.flatMap((file) => {
        const reason = skipReason(file.webkitRelativePath || file.name);
        return reason ? [{ path: file.webkitRelativePath || file.name, reason }] : [];
      }),
    ]);
    void importFiles(files);
  }

  /** A drop: folders are walked (subfolders kept); plain files go as they are. */
  async function importDropped(transfer: DataTransfer) {
    // Entries must be taken while the drop event runs: the list is emptied once it returns.
    const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() as DroppedEntry | null).filter((entry) => entry !== null && entry !== undefined);
    if (entries.length === 0 || !entries.some((entry) => entry.isDirectory)) return importFiles([...transfer.files]);
    const walked = await walkDroppedEntries(entries);
    setSkipped((previous) => [...previous, ...walked.skipped]);
    await importFiles(
      walked.files.map((found) => found.file),
      walked.files.map((found) => found.folder),
    );
  }

  function close() {
    dialog.current?.close();
    setReport(null);
    setSkipped([]);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-zinc-50"
      >
        Import
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="import-title"
        onClose={() => {
          setReport(null);
          setSkipped([]);
          // Leaves `?import=1` behind, so a reload does not open it again.
          if (openOnArrival) router.replace("/");
        }}
        className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-zinc-900/30"
      >
        <div className="p-5">
          <h2 id="import-title" className="text-base font-semibold">
            Import documents
          </h2>
          <p className="mt-1 text-sm text-zinc-600">
            Markdown, text, YAML or XML files up to 2 MB each. A file you imported before becomes a new version of
            its document when it changed.
            {folder ? ` They go into “${folder}”.` : ""}
          </p>
          <label
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              event.preventDefault();
              setDragging(false);
              void importDropped(event.dataTransfer);
            }}
            className={`mt-4 flex cursor-pointer flex-col items-center justify-center rounded-md border-2 border-dashed p-8 text-sm ${
              dragging ? "border-zinc-900 bg-zinc-50" : "border-zinc-300"
            }`}
          >
            <span className="font-medium">{busy ? "Importing…" : "Drop files or folders here, or click to choose"}</span>
            <span className="mt-1 text-xs text-zinc-500">{ACCEPT.replaceAll(",", " ")}</span>
            <input
              ref={fileInput}
              type="file"
              multiple
              accept={ACCEPT}
              className="sr-only"
              data-testid="import-input"
              onChange={(event) => {
                void importFiles([...(event.target.files ?? [])]);
                event.target.value = "";
              }}
            />
          </label>
          <label className="mt-2 inline-block cursor-pointer text-sm text-zinc-700 underline">
            Or choose a whole folder (its subfolders are kept)
            <input
              type="file"
              multiple
              className="sr-only"
              data-testid="import-folder-input"
              ref={(input) => input?.setAttribute("webkitdirectory", "")}
              onChange={(event) => {
                importPickedFolder([...(event.target.files ?? [])]);
                event.target.value = "";
              }}
            />
          </label>
          {report && <ImportResults report={report} onNavigate={close} />}
          {skipped.length > 0 && <SkippedList skipped={skipped} />}
          <div className="mt-5 flex justify-end">
            <button
              type="button"
              onClick={close}
              className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700"
            >
              Done
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}

function ImportResults({ report, onNavigate }: { report: ImportReport; onNavigate: () => void }) {
  if (!report.ok) {
    return (
      <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-800">
        {report.message}
      </p>
    );
  }
  return (
    <ul className="mt-4 divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm" aria-label="Import results">
      {report.outcomes.map((outcome, index) => (
        <li key={`${outcome.fileName}-${index}`} className="flex items-start gap-3 px-3 py-2">
          <span
            className={`w-24 shrink-0 font-medium ${outcome.action === "rejected" ? "text-red-700" : "text-zinc-700"}`}
          >
            {ACTION_TEXT[outcome.action]}
          </span>
          <span className="min-w-0 flex-1">
            <span className="block truncate">{outcome.fileName}</span>
            {outcome.action === "rejected" ? (
              <span className="block text-red-700">{outcome.message}</span>
            ) : (
              <Link href={`/d/${outcome.slug}`} onClick={onNavigate} className="text-xs text-zinc-500 underline">
                /d/{outcome.slug}
              </Link>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SkippedList({ skipped }: { skipped: SkippedFile[] }) {
  return (
    <ul className="mt-3 divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm" aria-label="Not imported">
      {skipped.map((file, index) => (
        <li key={`${file.path}-${index}`} className="flex items-start gap-3 px-3 py-2">
          <span className="w-24 shrink-0 font-medium text-zinc-500">Skipped</span>
          <span className="min-w-0 flex-1">
            <span className="block truncate">{file.path}</span>
            <span className="block text-zinc-600">{file.reason}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
