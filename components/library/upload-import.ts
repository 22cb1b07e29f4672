import type { ImportOutcome } from "@/lib/contracts/documents";

export type ImportReport = { ok: true; outcomes: ImportOutcome[] } | { ok: false; message: string };

/** Sends files to the import endpoint and turns every failure into a message a person can act on. */
export async function uploadImport(files: File[]): Promise<ImportReport> {
  const body = new FormData();
  for (const file of files) body.append("files", file);
  try {
    const response = await fetch("/api/import", { method: "POST", body });
    const json: unknown = await response.json().catch(() => null);
    if (response.ok && json && typeof json === "object" && "outcomes" in json) {
      return { ok: true, outcomes: (json as { outcomes: ImportOutcome[] }).outcomes };
    }
    const message =
      (json as { error?: { message?: string } } | null)?.error?.message ?? `The import failed (HTTP ${response.status}).`;
    return { ok: false, message };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again." };
  }
}
