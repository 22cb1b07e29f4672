import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DangerZone } from "@/components/document/danger-zone";
import { DocumentSettingsForm } from "@/components/document/document-settings-form";
import { detectDialect } from "@/lib/core/template";
import { getDocument } from "@/lib/server/documents/get-document";
import { pageDocument } from "@/app/_lib/guard";
import { can } from "@/lib/core/access/roles";

export const metadata: Metadata = { title: "Document settings" };

export default async function DocumentSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const { access } = await pageDocument(slug, "document.edit", (to) => `/d/${to}/settings`);
  const doc = await getDocument({ access });
  return (
    <div className="mx-auto w-full max-w-2xl flex-1 px-4 py-8">
      <Link href={`/d/${doc.slug}`} className="text-sm text-zinc-500 hover:underline">
        ← {doc.title}
      </Link>
      <h1 className="mt-2 text-xl font-semibold tracking-tight">Settings</h1>
      <DocumentSettingsForm
        doc={{ slug: doc.slug, title: doc.title, description: doc.description, tags: doc.tags, folder: doc.folder, dialect: doc.dialect }}
        detectedDialect={detectDialect(doc.head.content)}
      />
      <DangerZone slug={doc.slug} archived={doc.archivedAt !== null} canDelete={can(access.role, "document.delete")} />
    </div>
  );
}
