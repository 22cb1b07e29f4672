export { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES, decodeImportFile, type DecodedFile } from "./decode-import-file";
export { FORMAT_LABELS, detectFormat, type DocumentFormat } from "./format";
export { splitFrontmatter, type Frontmatter } from "./frontmatter";
export { planImport, summarizeImport, type ImportPlan } from "./plan-import";
export { slugFromFileName, slugFromFolderAndFileName, slugify, uniqueSlug, withSuffix } from "./slug";
export { inferTitle } from "./title";
