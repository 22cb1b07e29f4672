import MarkdownIt from "markdown-it";
import { structurePreview, type PreviewBlock } from "@/lib/core/text/markdown-structure";

// Raw HTML in a document or a value is shown as text, never run: `html: false` escapes it, and
// markdown-it refuses javascript:, vbscript: and file: links by default.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });
const escape = markdown.utils.escapeHtml;

/** The preview as HTML: frontmatter as a table, XML-style sections as labelled boxes, Markdown inside. */
export function renderMarkdownSafely(text: string): string {
  return structurePreview(text).map(renderBlock).join("");
}

function renderBlock(block: PreviewBlock): string {
  switch (block.kind) {
    case "markdown":
      return markdown.render(block.text);
    case "section":
      return `<section class="xml-section" aria-label="${escape(`<${block.tag}>`)}"><span class="xml-section-label" aria-hidden="true">&lt;${escape(block.tag)}&gt;</span><div class="xml-section-body">${block.children.map(renderBlock).join("")}</div></section>`;
    case "frontmatter":
      if (block.error !== null) {
        return `<p class="frontmatter-error">${escape(block.error)}</p><pre><code>${escape(block.raw)}</code></pre>`;
      }
      return `<table class="frontmatter"><caption>Frontmatter</caption><tbody>${block.entries
        .map(([key, value]) => `<tr><th scope="row">${escape(key)}</th><td>${escape(value)}</td></tr>`)
        .join("")}</tbody></table>`;
  }
}
