export { lintDocument } from "./lint-document";
export { KNOWN_MODELS, agentFrontmatterSchema } from "./frontmatter";
export { findMojibake, fixMojibake, type MojibakeFinding } from "./mojibake";
export type { Diagnostic, LintSeverity, TextEdit } from "./types";
