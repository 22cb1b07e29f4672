"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/hooks/use-action";
import { createDocumentAction } from "@/app/new/actions";
import { FORMAT_LABELS, type DocumentFormat } from "@/lib/core/documents";

const FORMATS = Object.keys(FORMAT_LABELS) as DocumentFormat[];

/** `folder`: where it goes, prefilled from the library folder "New document" was pressed in. */
export function NewDocumentForm({ folder = "" }: { folder?: string }) {
  const router = useRouter();
  const create = useAction(createDocumentAction, { onSuccess: (created) => router.push(`/d/${created.slug}`) });
  const { pending, fieldErrors: errors } = create;

  function submit(form: FormData) {
    void create.run({
      title: String(form.get("title") ?? ""),
      format: String(form.get("format") ?? "markdown") as DocumentFormat,
      folder: String(form.get("folder") ?? ""),
    });
  }

  return (
    <form action={submit} className="mt-6 space-y-4">
      <label className="block">
        <span className="text-sm font-medium">Title</span>
        <input
          name="title"
          required
          autoFocus
          maxLength={120}
          aria-invalid={Boolean(errors.title)}
          className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-1.5 text-sm outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200"
        />
        {errors.title && <span className="mt-1 block text-sm text-red-700">{errors.title}</span>}
      </label>
      <label className="block">
        <span className="text-sm font-medium">Format</span>
        <select
          name="format"
          defaultValue="markdown"
          className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm"
        >
          {FORMATS.map((format) => (
            <option key={format} value={format}>
              {FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="text-sm font-medium">Folder</span>
        <input
          name="folder"
          defaultValue={folder}
          placeholder="Top level"
          autoComplete="off"
          aria-invalid={Boolean(errors.folder)}
          aria-describedby="new-document-folder-hint"
          className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-1.5 text-sm outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200"
        />
        <span id="new-document-folder-hint" className="mt-1 block text-xs text-zinc-600">
          Names joined by “/”, such as agents/backend; empty for the top level.
        </span>
        {errors.folder && <span className="mt-1 block text-sm text-red-700">{errors.folder}</span>}
      </label>
      {create.error && !errors.title && !errors.folder && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {create.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50"
      >
        {pending ? "Creating…" : "Create document"}
      </button>
    </form>
  );
}
