export { lintAgentFile, type AgentFileLint } from "./lint-agent-file";
export { AGENT_FILE_KIND_LABELS, kindFromFrontmatter, kindFromPath, libraryDocumentPath, type AgentFileKind } from "./kinds";
export { CLAUDE_AGENT_FIELDS, CLAUDE_MODEL_ALIASES } from "./claude-agent";
export { CURSOR_RULE_FIELDS } from "./cursor-rule";
export { closestField, editDistance } from "./suggest";
