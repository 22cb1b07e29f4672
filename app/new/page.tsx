import type { Metadata } from "next";
import { connection } from "next/server";
import { pageWorkspace } from "@/app/_lib/guard";
import { NewDocumentForm } from "@/components/library/new-document-form";

export const metadata: Metadata = { title: "New document" };

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<{ folder?: string | string[] }> }) {
  await connection();
  const { folder } = await searchParams;
  const { workspace } = await pageWorkspace("document.create", "/new");
  return (
    <div className="mx-auto w-full max-w-lg flex-1 px-4 py-10">
      <h1 className="text-xl font-semibold tracking-tight">New document</h1>
      <p className="mt-1 text-sm text-zinc-600">In “{workspace.name}”. It starts with a short outline in the format you pick.</p>
      <NewDocumentForm folder={typeof folder === "string" ? folder.slice(0, 2048) : ""} />
    </div>
  );
}
