import type { Metadata } from "next";
import { connection } from "next/server";
import { ArchivedBanner } from "@/components/document/archived-banner";
import { DocumentHeader } from "@/components/document/document-header";
import { DownloadAsMenu } from "@/components/document/download-as-menu";
import { libraryDocumentPath } from "@/lib/core/lints";
import { HistoryPanel } from "@/components/document/history-panel";
import { RemoteImagesProvider } from "@/components/workbench/remote-images";
import { Workbench } from "@/components/workbench/workbench";
import { pageDocument, readableTitle, readDocument } from "@/app/_lib/guard";
import { capabilitiesOf } from "@/lib/core/access/capabilities";
import { listShareLinks } from "@/lib/server/share-links/list-share-links";
import { listPresets } from "@/lib/server/presets/list-presets";
import { listDraftSnapshots } from "@/lib/server/drafts/list-draft-snapshots";
import { openDraftText } from "@/lib/server/collab/read-live-draft";
import { workspaceAllowsRemoteImages } from "@/lib/server/workspaces/remote-images-allowed";
import { listDownloadOptions } from "@/lib/server/documents/list-download-options";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: await readableTitle(slug) };
}

export default async function DocumentPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const { user, access } = await pageDocument(slug, "document.read", (to) => `/d/${to}`);
  const doc = await readDocument(access);
  // An archived document is read-only for everyone until it is unarchived (the server refuses
  // saves, restores and label moves too); the banner offers unarchiving to those who may edit.
  const archived = doc.archivedAt !== null;
  const allowed = capabilitiesOf(access.role);
  const can = archived ? { ...allowed, edit: false, moveLabels: false, protectLabels: false } : allowed;
  const [presets, shareLinks, snapshots, remoteImages, draft] = await Promise.all([
    listPresets({ access, userId: user.id }),
    can.share ? listShareLinks({ access }) : [],
    listDraftSnapshots({ access }),
    workspaceAllowsRemoteImages({ workspaceId: access.workspaceId }),
    openDraftText({ documentId: doc.id }),
  ]);
  const downloads = listDownloadOptions({ documentId: doc.id, version: doc.head.number, content: doc.head.content, slug: doc.slug, title: doc.title, description: doc.description });

  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col">
      <DocumentHeader doc={doc} actions={<DownloadAsMenu slug={doc.slug} version={doc.head.number} options={downloads} />} />
      {archived && <ArchivedBanner slug={doc.slug} canUnarchive={allowed.edit} />}
      <RemoteImagesProvider allow={remoteImages}>
        <Workbench
          slug={doc.slug}
          presets={presets}
          dialect={doc.dialect}
          head={{ number: doc.head.number, content: doc.head.content, variables: doc.head.variables }}
          draft={draft !== null && draft !== doc.head.content ? draft : null}
          canEdit={can.edit}
          readOnlyNote={archived ? "This document is archived: you can read it, fill its variables and save test cases; unarchive it to edit." : undefined}
          me={{ id: user.id, name: user.name }}
          path={libraryDocumentPath(doc.folder, doc.slug)}
          share={can.share ? { links: shareLinks, labels: doc.labels.map((l) => l.name), versions: doc.versions.map((v) => v.number) } : null}
          versionsPanel={<HistoryPanel doc={doc} current={doc.head.number} can={can} snapshots={snapshots} />}
        />
      </RemoteImagesProvider>
    </div>
  );
}
