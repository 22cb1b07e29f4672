import type { Metadata } from "next";
import { connection } from "next/server";
import { DocumentEditor } from "@/components/document/document-editor";
import { DocumentHeader } from "@/components/document/document-header";
import { HistoryPanel } from "@/components/document/history-panel";
import { getDocument } from "@/lib/server/documents/get-document";
import { loadOr404 } from "@/lib/server/documents/load-or-404";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const doc = await getDocument({ slug }).catch(() => null);
  return { title: doc?.title ?? "Not found" };
}

export default async function DocumentPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const doc = await loadOr404(() => getDocument({ slug }), { slug, path: (to) => `/d/${to}` });

  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col">
      <DocumentHeader doc={doc} />
      <div className="flex min-h-0 flex-1">
        <DocumentEditor slug={doc.slug} headNumber={doc.head.number} initialContent={doc.head.content} />
        <HistoryPanel doc={doc} current={doc.head.number} />
      </div>
    </div>
  );
}
