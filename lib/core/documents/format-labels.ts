// Apart from format.ts: the library's rows show these labels in the browser, and format.ts
// brings the YAML parser with it (30 KB gzip the library page does not otherwise need).
export type DocumentFormat = "agent" | "xml" | "markdown" | "plain";

export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  agent: "Agent file",
  xml: "XML sections",
  markdown: "Markdown",
  plain: "Plain text",
};
