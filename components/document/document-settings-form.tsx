"use client";

import { useRouter } from "next/navigation";
import { updateDocumentAction } from "@/app/d/[slug]/actions";
import { useAction } from "@/components/hooks/use-action";

type Dialect = "mustache" | "go" | "jinja" | "none";

interface Doc {
  slug: string;
  title: string;
  description: string;
  tags: string[];
  folder: string;
  dialect: Dialect | null;
}

const DIALECT_LABELS: Record<Dialect, string> = { mustache: "Mustache", go: "Go template", jinja: "Jinja", none: "No template" };

const inputClass =
  "mt-1 block w-full rounded-md border border-zinc-300 px-3 py-1.5 text-sm outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200";

/** Title, slug (old links keep working), description, tags and folder (the slug stays on a move). */
export function DocumentSettingsForm({ doc, detectedDialect }: { doc: Doc; detectedDialect: Dialect }) {
  const router = useRouter();
  const update = useAction(updateDocumentAction, { onSuccess: (saved) => router.replace(`/d/${saved.slug}/settings`) });
  const { result, pending, fieldErrors: errors } = update;

  function submit(form: FormData) {
    const newSlug = String(form.get("slug") ?? "").trim();
    void update.run({
        slug: doc.slug,
        title: String(form.get("title") ?? ""),
        newSlug,
        description: String(form.get("description") ?? ""),
        tags: String(form.get("tags") ?? "").split(",").map((tag) => tag.trim()).filter(Boolean),
        folder: String(form.get("folder") ?? ""),
      dialect: form.get("dialect") === "auto" ? null : (String(form.get("dialect")) as Dialect),
    });
  }

  const field = (name: string) => errors[name] && <span className="mt-1 block text-sm text-red-700">{errors[name]}</span>;

  return (
    <form action={submit} className="mt-6 space-y-4 rounded-lg border border-zinc-200 bg-white p-5">
      <label className="block">
        <span className="text-sm font-medium">Title</span>
        <input name="title" defaultValue={doc.title} required maxLength={120} className={inputClass} />
        {field("title")}
      </label>
      <label className="block">
        <span className="text-sm font-medium">Slug</span>
        <input name="slug" defaultValue={doc.slug} required maxLength={80} pattern="[a-z0-9]+(-[a-z0-9]+)*" className={inputClass} />
        <span className="mt-1 block text-xs text-zinc-500">Links to the old slug keep working.</span>
        {field("newSlug")}
      </label>
      <label className="block">
        <span className="text-sm font-medium">Description</span>
        <textarea name="description" defaultValue={doc.description} maxLength={500} rows={3} className={inputClass} />
        {field("description")}
      </label>
      <label className="block">
        <span className="text-sm font-medium">Tags</span>
        <input name="tags" defaultValue={doc.tags.join(", ")} placeholder="support, production" className={inputClass} />
        <span className="mt-1 block text-xs text-zinc-500">Separate tags with commas.</span>
        {field("tags")}
      </label>
      <label className="block">
        <span className="text-sm font-medium">Folder</span>
        <input name="folder" defaultValue={doc.folder} placeholder="agents/backend" maxLength={512} className={inputClass} />
        <span className="mt-1 block text-xs text-zinc-500">Names joined by “/”; empty for the top level. Links stay the same.</span>
        {field("folder")}
      </label>
      <label className="block">
        <span className="text-sm font-medium">Template dialect</span>
        <select name="dialect" defaultValue={doc.dialect ?? "auto"} className={inputClass}>
          <option value="auto">Detect from the content (now: {DIALECT_LABELS[detectedDialect]})</option>
          {(Object.keys(DIALECT_LABELS) as Dialect[]).map((dialect) => (
            <option key={dialect} value={dialect}>
              {DIALECT_LABELS[dialect]}
            </option>
          ))}
        </select>
      </label>
      {result && (
        <p role="status" className={`text-sm ${result.ok ? "text-emerald-700" : "text-red-700"}`}>
          {result.ok ? "Saved." : update.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
