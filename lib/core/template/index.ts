export type { TemplateNode } from "./ast";
export { detectDialect } from "./detect-dialect";
export { parseTemplate, type ParseOptions, type ParsedTemplate } from "./parse";
export { render } from "./render";
export type * from "./types";
export { rangeOf, rawOf } from "./positions";
