export { lintDocument } from "./lint-document";
export { AGENT_FILE_KIND_LABELS, kindFromPath, libraryDocumentPath, lintAgentFile, type AgentFileKind, type AgentFileLint } from "./agent-files";
export { findMojibake, fixMojibake, type MojibakeFinding } from "./mojibake";
export type { Diagnostic, LintSeverity, TextEdit } from "./types";
