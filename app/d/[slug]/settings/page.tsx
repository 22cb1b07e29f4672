import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DangerZone } from "@/components/document/danger-zone";
import { DocumentSettingsForm } from "@/components/document/document-settings-form";
import { detectDialect } from "@/lib/core/template";
import { getDocument } from "@/lib/server/documents/get-document";
import { loadOr404 } from "@/app/_lib/load-or-404";

export const metadata: Metadata = { title: "Document settings" };

export default async function DocumentSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const doc = await loadOr404(() => getDocument({ slug }), { slug, path: (to) => `/d/${to}/settings` });
  return (
    <main className="mx-auto w-full max-w-2xl flex-1 px-4 py-8">
      <Link href={`/d/${doc.slug}`} className="text-sm text-zinc-500 hover:underline">
        ← {doc.title}
      </Link>
      <h1 className="mt-2 text-xl font-semibold tracking-tight">Settings</h1>
      <DocumentSettingsForm
        doc={{ slug: doc.slug, title: doc.title, description: doc.description, tags: doc.tags, dialect: doc.dialect }}
        detectedDialect={detectDialect(doc.head.content)}
      />
      <DangerZone slug={doc.slug} archived={doc.archivedAt !== null} />
    </main>
  );
}
