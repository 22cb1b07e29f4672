import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { splitFrontmatter } from "../documents/frontmatter";
import { lintAgentFile } from "../lints";
import { convertDocument, describeConversion, DOWNLOAD_TARGETS } from "./index";

const AGENT = "---\nname: reviewer\n# who may call it\ndescription: Reviews diffs\ntools: Read, Grep\nmodel: opus\n---\nYou review.\n";
const RULE = "---\ndescription: TypeScript rules\nglobs: src/**/*.ts\nalwaysApply: false\n---\nUse strict mode.\n";
const doc = (content: string, extra: { description?: string } = {}) => ({ content, slug: "the-slug", title: "The Title", ...extra });

describe("Download as a Claude Code agent", () => {
  it("keeps an agent file byte for byte, CRLF and comments included, named after its name", () => {
    expect(convertDocument(doc(AGENT), "claude-agent")).toEqual({ fileName: "reviewer.md", content: AGENT, dropped: [], added: [] });
    const crlf = AGENT.replace(/\n/g, "\r\n");
    expect(convertDocument(doc(crlf), "claude-agent").content).toBe(crlf);
  });

  it("drops keys Claude Code does not read and says so, keeping the rest as written", () => {
    const converted = convertDocument(doc(AGENT.replace("model: opus\n", "model: opus\nversion: 3\n")), "claude-agent");
    expect(converted.content).toBe(AGENT);
    expect(converted.dropped).toEqual(["version"]);
    expect(describeConversion(converted, "claude-agent")).toBe("Drops version (a Claude Code agent has no such field).");
  });

  it("turns a Cursor rule into an agent: name from the slug, the rule's description, globs dropped", () => {
    const converted = convertDocument(doc(RULE), "claude-agent");
    expect(converted).toEqual({
      fileName: "the-slug.md",
      content: "---\nname: the-slug\ndescription: TypeScript rules\n---\nUse strict mode.\n",
      dropped: ["globs", "alwaysApply"],
      added: ["name from the slug"],
    });
    expect(lintAgentFile(converted.content, { path: `.claude/agents/${converted.fileName}` }).diagnostics).toEqual([]);
  });

  it("gives a plain document the frontmatter an agent needs, from its description or title", () => {
    expect(convertDocument(doc("# Hi\r\nbody\r\n", { description: "Says hi" }), "claude-agent")).toMatchObject({
      content: "---\r\nname: the-slug\r\ndescription: Says hi\r\n---\r\n# Hi\r\nbody\r\n",
      added: ["description from the document's description", "name from the slug"],
    });
    expect(convertDocument(doc("body"), "claude-agent").content).toBe("---\nname: the-slug\ndescription: The Title\n---\nbody");
  });

  it("names the file after a frontmatter name made safe for a file name", () => {
    expect(convertDocument(doc("---\nname: Backend.Python/../x\ndescription: d\n---\n"), "claude-agent").fileName).toBe("backend-python-x.md");
  });

  it("leaves out frontmatter that is not valid YAML, and says so", () => {
    const converted = convertDocument(doc("---\nname: [broken\n---\nbody\n"), "claude-agent");
    expect(converted.content).toBe("---\nname: the-slug\ndescription: The Title\n---\nbody\n");
    expect(converted.dropped).toEqual(["(frontmatter that is not valid YAML)"]);
  });
});

describe("Download as a Cursor rule", () => {
  it("keeps a rule as it is, as <slug>.mdc", () => {
    expect(convertDocument(doc(RULE), "cursor-rule")).toEqual({ fileName: "the-slug.mdc", content: RULE, dropped: [], added: [] });
  });

  it("maps an agent's description to the rule's and drops the agent's own fields", () => {
    const converted = convertDocument(doc(AGENT), "cursor-rule");
    expect(converted.content).toBe("---\n# who may call it\ndescription: Reviews diffs\nalwaysApply: false\n---\nYou review.\n");
    expect(converted.dropped).toEqual(["name", "tools", "model"]);
    expect(describeConversion(converted, "cursor-rule")).toBe(
      "Drops name, tools, model (a Cursor rule has no such fields). Adds alwaysApply: false (Cursor applies the rule when its description fits).",
    );
    expect(lintAgentFile(converted.content, { path: ".cursor/rules/x.mdc" }).diagnostics).toEqual([]);
  });
});

describe("Download as Markdown", () => {
  it("is the body alone, byte for byte, as <slug>.md", () => {
    const converted = convertDocument(doc(AGENT), "markdown");
    expect(converted).toMatchObject({ fileName: "the-slug.md", content: "You review.\n", dropped: ["name", "description", "tools", "model"] });
    expect(describeConversion(converted, "markdown")).toBe("Drops name, description, tools, model (plain Markdown has no frontmatter).");
    expect(convertDocument(doc("# Plain\n"), "markdown")).toEqual({ fileName: "the-slug.md", content: "# Plain\n", dropped: [], added: [] });
    expect(describeConversion({ dropped: [], added: [] }, "markdown")).toBeNull();
  });
});

describe("the persona corpus", () => {
  const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
  it.skipIf(!corpusDir)("converts every document to every target with its body intact and no lint errors", () => {
    for (const name of fs.readdirSync(corpusDir ?? "")) {
      const content = fs.readFileSync(path.join(corpusDir ?? "", name), "utf8");
      const body = splitFrontmatter(content).body;
      for (const target of DOWNLOAD_TARGETS) {
        const converted = convertDocument({ content, slug: "persona", title: name }, target);
        expect(converted.content.endsWith(body), `${name} → ${target}`).toBe(true);
        const where = target === "claude-agent" ? `.claude/agents/${converted.fileName}` : target === "cursor-rule" ? `.cursor/rules/${converted.fileName}` : converted.fileName;
        const errors = lintAgentFile(converted.content, { path: where, yamlErrors: true }).diagnostics.filter((d) => d.severity === "error");
        expect(errors, `${name} → ${target}`).toEqual([]);
      }
    }
  });
});
