import { fileStem } from "./title";

const MAX_SLUG = 80;

/** Lowercase ASCII letters and digits joined by single hyphens; "" when there are none. */
function slugWords(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** URL-safe, lowercase ASCII: "Alex Rivera — Engineer" → "alex-rivera-engineer". */
export function slugify(input: string): string {
  return slugWords(input).slice(0, MAX_SLUG).replace(/-+$/, "") || "document";
}

/** The matching key for imports: the same file name always maps to the same document. */
export function slugFromFileName(fileName: string): string {
  return slugify(fileStem(fileName));
}

/**
 * The slug of a file that keeps its folder: agents/backend/README.md → "agents-backend-readme".
 * Imports use it when the file name's own slug is taken, so two READMEs in two folders stay two
 * documents and each finds its own again. The file name is kept whole; a long folder path is
 * cut from the left (its innermost folders stay). At the top level it is the file name's slug.
 */
export function slugFromFolderAndFileName(folder: string, fileName: string): string {
  const stem = slugFromFileName(fileName);
  const room = MAX_SLUG - stem.length - 1;
  const prefix = room > 0 ? slugWords(folder).slice(-room).replace(/^-+/, "") : "";
  return prefix ? `${prefix}-${stem}` : stem;
}

/** `base` with a suffix, cut so the whole stays within the slug length (and ends clean). */
export function withSuffix(base: string, suffix: string): string {
  return `${base.slice(0, MAX_SLUG - suffix.length - 1).replace(/-+$/, "")}-${suffix}`;
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
