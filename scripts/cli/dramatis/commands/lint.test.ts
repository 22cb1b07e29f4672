import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { runLint } from "./lint";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-lint-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(relative: string, content: string | Buffer) {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

async function lint(...args: string[]) {
  let out = "";
  let err = "";
  const code = await runLint(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const repo = path.join(root, "repo");
write("repo/.claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews diffs\ntool: Read\n---\nReview.\n");
write("repo/.claude/agents/ok.md", "---\nname: ok\ndescription: Fine\nmodel: haiku\n---\nFine.\n");
write("repo/.cursor/rules/ts.mdc", '---\ndescription: TS\nalwaysApply: "true"\n---\nUse strict.\n');
write("repo/AGENTS.md", "# How to work here\n");
write("repo/docs/readme.md", "---\ntool: x\n---\nnot an agent file\n");
write("repo/node_modules/pkg/.claude/agents/x.md", "no frontmatter\n");

describe("dramatis lint", () => {
  it("finds agent and rule files in a folder and prints path:line: severity message", async () => {
    const { code, out } = await lint(repo);
    expect(code).toBe(1);
    const lines = out.trim().split("\n");
    expect(lines).toEqual([
      `${repo}/.claude/agents/reviewer.md:4: error \`tool:\` is not a field; did you mean \`tools\`?`,
      `${repo}/.cursor/rules/ts.mdc:3: error \`alwaysApply\` is the text “true”, not a boolean: write alwaysApply: true without quotes.`,
      "4 files checked: 2 errors, 0 warnings, 0 notes",
    ]);
  });

  it("gives machine-readable output with --json", async () => {
    const { code, out } = await lint("--json", repo);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { files: { path: string; kind: string; problems: { line: number; severity: string; rule: string; why: string }[] }[]; summary: object };
    expect(report.files.map((f) => [path.relative(repo, f.path), f.kind])).toEqual([
      [".claude/agents/ok.md", "claude-agent"],
      [".claude/agents/reviewer.md", "claude-agent"],
      [".cursor/rules/ts.mdc", "cursor-rule"],
      ["AGENTS.md", "agents-md"],
    ]);
    const reviewer = report.files.find((f) => f.path.endsWith("reviewer.md"));
    expect(reviewer?.problems).toEqual([expect.objectContaining({ line: 4, severity: "error", rule: "agent-frontmatter", why: expect.stringMatching(/ignores fields/) })]);
    expect(report.summary).toEqual({ files: 4, errors: 2, warnings: 0, notes: 0 });
  });

  it("exits 0 when only clean files are named, and checks a named file whatever its name", async () => {
    expect(await lint(path.join(repo, ".claude/agents/ok.md"))).toMatchObject({ code: 0, out: "1 file checked: 0 errors, 0 warnings, 0 notes\n" });
    const named = write("loose/agent.md", "---\nname: a\ndescription: b\nmaxTurns: many\n---\n");
    const { code, out } = await lint(named);
    expect(code).toBe(1);
    expect(out).toContain(`${named}:4: error \`maxTurns\` must be a whole number above 0, not “many”.`);
  });

  it("gives binary and oversized files one clear line", async () => {
    const binary = write("bad/.claude/agents/image.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const huge = write("bad/.cursor/rules/huge.mdc", "a".repeat(2 * 1024 * 1024 + 1));
    const latin1 = write("bad/AGENTS.md", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const { code, out } = await lint(path.join(root, "bad"));
    expect(code).toBe(1);
    expect(out.trim().split("\n")).toEqual([
      `${binary}: error is a binary file; not checked`,
      `${huge}: error is larger than 2 MB; not checked`,
      `${latin1}: error is not valid UTF-8 text; not checked`,
      "3 files checked: 3 errors, 0 warnings, 0 notes",
    ]);
  });

  it("refuses bad usage with exit 2", async () => {
    expect(await lint()).toMatchObject({ code: 2, err: expect.stringContaining("name at least one file or folder") });
    expect(await lint("--fix", repo)).toMatchObject({ code: 2, err: expect.stringContaining("unknown option --fix") });
    expect(await lint(path.join(root, "missing"))).toMatchObject({ code: 2, err: expect.stringContaining("no such file or folder") });
  });

  const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
  it.skipIf(!corpusDir)("checks the persona corpus named file by file without a crash", async () => {
    const files = fs.readdirSync(corpusDir ?? "").map((name) => path.join(corpusDir ?? "", name));
    const { code, out } = await lint("--json", ...files);
    const report = JSON.parse(out) as { files: { kind: string }[] };
    expect(report.files.map((f) => f.kind).sort()).toEqual(files.map((f) => (/^---\r?\n[\s\S]*?\bname:/.test(fs.readFileSync(f, "utf8")) ? "claude-agent" : "other")).sort());
    expect(code).toBe(0);
    // As a folder, it holds no file a coding tool would read by its name.
    expect((await lint(corpusDir ?? "")).out).toBe("0 files checked: 0 errors, 0 warnings, 0 notes\n");
  });
});
