import { decodeImportFile, type DecodeFailureCode } from "./decode-import-file";
import { detectFormat, type DocumentFormat } from "./format";
import { slugFromFileName } from "./slug";
import { inferTitle } from "./title";

export interface ImportPlanContent {
  slug: string;
  title: string;
  format: DocumentFormat;
  content: string;
}

export type ImportPlan =
  | ({ action: "create" } & ImportPlanContent)
  | ({ action: "new-version" } & ImportPlanContent)
  | { action: "unchanged"; slug: string }
  | { action: "rejected"; code: DecodeFailureCode; message: string };

/**
 * Decides what importing one file means, given the document its file name maps to (if any).
 * Pure: the database layer applies the plan in one transaction.
 */
export function planImport(
  input: { fileName: string; bytes: Uint8Array },
  existing: { slug: string; headContent: string } | null,
): ImportPlan {
  const decoded = decodeImportFile(input.fileName, input.bytes);
  if (!decoded.ok) return { action: "rejected", code: decoded.code, message: decoded.message };
  const slug = existing?.slug ?? slugFromFileName(input.fileName);
  if (existing && existing.headContent === decoded.content) return { action: "unchanged", slug };
  const planned: ImportPlanContent = {
    slug,
    title: inferTitle(decoded.content, input.fileName),
    format: detectFormat(decoded.content),
    content: decoded.content,
  };
  return existing ? { action: "new-version", ...planned } : { action: "create", ...planned };
}

type SummaryAction = "created" | "new-version" | "unchanged" | "rejected";

/** Counts per outcome and a printable summary, with one line per rejected file and its reason. */
export function summarizeImport(outcomes: readonly ({ action: SummaryAction; fileName: string; message?: string })[]) {
  const counts: Record<SummaryAction, number> = { created: 0, "new-version": 0, unchanged: 0, rejected: 0 };
  for (const outcome of outcomes) counts[outcome.action]++;
  const lines = [
    `created ${counts.created}, new version ${counts["new-version"]}, unchanged ${counts.unchanged}, rejected ${counts.rejected}`,
    ...outcomes
      .filter((outcome) => outcome.action === "rejected")
      .map((outcome) => `  rejected ${outcome.fileName}: ${outcome.message ?? "unknown reason"}`),
  ];
  return { counts, text: lines.join("\n") };
}
