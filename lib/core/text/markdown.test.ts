import { describe, expect, it } from "vitest";
import { renderMarkdownSafely } from "./markdown";

describe("renderMarkdownSafely", () => {
  it("turns a remote image into a link naming its host unless remote images are allowed", () => {
    const text = "![tracker](https://tracker.example/pixel.gif?u=1) and ![rel](//cdn.example/x.png)";
    const blocked = renderMarkdownSafely(text);
    expect(blocked).not.toContain("<img");
    expect(blocked).toContain('<a href="https://tracker.example/pixel.gif?u=1" rel="noopener noreferrer nofollow" target="_blank" data-blocked-image class="blocked-image">remote image blocked: tracker.example</a>');
    expect(blocked).toContain("remote image blocked: cdn.example");
    const allowed = renderMarkdownSafely(text, { allowRemoteImages: true });
    expect(allowed).toContain('<img src="https://tracker.example/pixel.gif?u=1" alt="tracker" referrerpolicy="no-referrer" loading="lazy">');
  });

  it("keeps images on this site and inline data images, and still escapes raw HTML", () => {
    const html = renderMarkdownSafely('![logo](/logo.png) ![dot](data:image/png;base64,iVBORw0KGgo=) <img src="https://x.example/a.png">');
    expect(html).toContain('<img src="/logo.png" alt="logo">');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">');
    expect(html).toContain("&lt;img src=&quot;");
    expect(html).not.toContain('<img src="https://x.example');
  });
});
