import { AppHeader } from "@/app/_components/app-header";

/** A document's pages (workbench, versions, diffs, settings): the header shows its workspace and role. */
export default async function DocumentPagesHeader({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <AppHeader documentSlug={slug} />;
}
