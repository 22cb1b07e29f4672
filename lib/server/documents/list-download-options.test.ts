import { describe, expect, it } from "vitest";
import { convertDocument, describeConversion, DOWNLOAD_TARGETS } from "@/lib/core/agent-files";
import { invalidateReadCache } from "../cache/read-cache";
import { listDownloadOptions } from "./list-download-options";

const agent = "---\nname: reviewer\ncolor: blue\n---\n\nReview the change.\n";
const source = { documentId: "doc-1", version: 3, content: agent, slug: "reviewer", title: "Reviewer", description: "" };

describe("the document page's download options", () => {
  it("are what converting the version for each target says", () => {
    const expected = DOWNLOAD_TARGETS.map((target) => {
      const file = convertDocument(source, target);
      return { target, fileName: file.fileName, note: describeConversion(file, target) };
    });
    expect(listDownloadOptions(source)).toEqual(expected);
    expect(expected.some((option) => option.note !== null)).toBe(true);
  });

  it("are worked out once per version and document settings, and again after a write", () => {
    const first = listDownloadOptions(source);
    expect(listDownloadOptions({ ...source })).toBe(first);
    // The title fills an agent's missing description: another title is another answer.
    const noDescription = { ...source, content: "---\nname: reviewer\n---\nBody\n", version: 4 };
    const titled = listDownloadOptions({ ...noDescription, title: "Careful reviewer" });
    expect(listDownloadOptions({ ...noDescription, title: "Other" })).not.toBe(titled);
    expect(listDownloadOptions({ ...source, slug: "renamed" }).find((o) => o.target === "cursor-rule")?.fileName).toBe("renamed.mdc");
    invalidateReadCache();
    const again = listDownloadOptions(source);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
