import type { Metadata } from "next";
import { connection } from "next/server";
import { DocumentHeader } from "@/components/document/document-header";
import { HistoryPanel } from "@/components/document/history-panel";
import { Workbench } from "@/components/workbench/workbench";
import { getDocument } from "@/lib/server/documents/get-document";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { listPresets } from "@/lib/server/presets/list-presets";

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
  const presets = await listPresets({ slug: doc.slug });

  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col">
      <DocumentHeader doc={doc} />
      <Workbench
        slug={doc.slug}
        presets={presets}
        dialect={doc.dialect}
        head={{ number: doc.head.number, content: doc.head.content, variables: doc.head.variables }}
        versionsPanel={<HistoryPanel doc={doc} current={doc.head.number} />}
      />
    </div>
  );
}
