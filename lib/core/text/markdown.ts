import MarkdownIt from "markdown-it";
import { structurePreview, type PreviewBlock } from "./markdown-structure";

// Raw HTML in a document or a value is shown as text, never run: `html: false` escapes it, and
// markdown-it refuses javascript:, vbscript: and file: links by default.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });

interface MarkdownEnv {
  allowRemoteImages: boolean;
}

// A remote image is fetched by every viewer's browser, so whoever hosts it sees who reads the
// document and when. Unless the workspace allows them, they become a link naming the host.
const renderImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, index, options, env: MarkdownEnv, self) => {
  const token = tokens[index]!;
  const src = token.attrGet("src") ?? "";
  if (!isRemote(src)) return renderImage(tokens, index, options, env, self);
  if (env.allowRemoteImages) {
    token.attrSet("referrerpolicy", "no-referrer");
    token.attrSet("loading", "lazy");
    return renderImage(tokens, index, options, env, self);
  }
  const href = markdown.utils.escapeHtml(src);
  return `<a href="${href}" rel="noopener noreferrer nofollow" target="_blank" data-blocked-image class="blocked-image">remote image blocked: ${markdown.utils.escapeHtml(hostOf(src))}</a>`;
};

/** Anything with a scheme or a host of its own; `data:` images (inline) and paths on this site are not remote. */
function isRemote(src: string): boolean {
  return /^\/\//.test(src) || (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^data:/i.test(src));
}

function hostOf(src: string): string {
  try {
    return new URL(src, "https://invalid.invalid").host || src;
  } catch {
    return src;
  }
}

const escape = markdown.utils.escapeHtml;

/** The preview as HTML: frontmatter as a table, XML-style sections as labelled boxes, Markdown inside. */
export function renderMarkdownSafely(text: string, { allowRemoteImages = false }: { allowRemoteImages?: boolean } = {}): string {
  const env: MarkdownEnv = { allowRemoteImages };
  return structurePreview(text).map((block) => renderBlock(block, env)).join("");
}

function renderBlock(block: PreviewBlock, env: MarkdownEnv): string {
  switch (block.kind) {
    case "markdown":
      return markdown.render(block.text, env);
    case "section":
      return `<section class="xml-section" aria-label="${escape(`<${block.tag}>`)}"><span class="xml-section-label" aria-hidden="true">&lt;${escape(block.tag)}&gt;</span><div class="xml-section-body">${block.children.map((child) => renderBlock(child, env)).join("")}</div></section>`;
    case "frontmatter":
      if (block.error !== null) {
        return `<p class="frontmatter-error">${escape(block.error)}</p><pre><code>${escape(block.raw)}</code></pre>`;
      }
      return `<table class="frontmatter"><caption>Frontmatter</caption><tbody>${block.entries
        .map(([key, value]) => `<tr><th scope="row">${escape(key)}</th><td>${escape(value)}</td></tr>`)
        .join("")}</tbody></table>`;
  }
}
