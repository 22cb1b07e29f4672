import MarkdownIt from "markdown-it";

// Raw HTML in a document or a value is shown as text, never run: `html: false` escapes it, and
// markdown-it refuses javascript:, vbscript: and file: links by default.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });

export function renderMarkdownSafely(text: string): string {
  return markdown.render(text);
}
