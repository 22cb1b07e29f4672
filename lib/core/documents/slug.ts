import { fileStem } from "./title";

const MAX_SLUG = 80;

/** URL-safe, lowercase ASCII: "Alex Rivera — Engineer" → "alex-rivera-engineer". */
export function slugify(input: string): string {
  const slug = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
  return slug || "document";
}

/** The matching key for imports: the same file name always maps to the same document. */
export function slugFromFileName(fileName: string): string {
  return slugify(fileStem(fileName));
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
