import type { ImportOutcome } from "@/lib/contracts/documents";

export type ImportReport = { ok: true; outcomes: ImportOutcome[] } | { ok: false; message: string };

/** The folder a file was picked from, when the browser tells (a folder picked whole): "notes/agents" for notes/agents/x.md. */
export function relativeFolder(file: File): string {
  const path = file.webkitRelativePath ?? "";
  const cut = path.lastIndexOf("/");
  return cut === -1 ? "" : path.slice(0, cut);
}

/**
 * Sends files to the import endpoint, into `folder` (the library's current one) and each file's
 * own subfolder (`subfolders[i]` when given, as for a dropped folder, else the one the browser
 * tells), and turns every failure into a message a person can act on.
 */
export async function uploadImport(files: File[], folder = "", subfolders?: string[]): Promise<ImportReport> {
  const body = new FormData();
  body.append("folder", folder);
  files.forEach((file, i) => {
    body.append("files", file);
    body.append("folders", subfolders?.[i] ?? relativeFolder(file));
  });
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
