import type { Metadata } from "next";
import { NewDocumentForm } from "@/components/library/new-document-form";

export const metadata: Metadata = { title: "New document" };

export default function NewDocumentPage() {
  return (
    <main className="mx-auto w-full max-w-lg flex-1 px-4 py-10">
      <h1 className="text-xl font-semibold tracking-tight">New document</h1>
      <p className="mt-1 text-sm text-zinc-600">It starts with a short outline in the format you pick.</p>
      <NewDocumentForm />
    </main>
  );
}
