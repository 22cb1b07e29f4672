import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { lintDocument } from "../index";
import { closestField, editDistance, kindFromPath, libraryDocumentPath, lintAgentFile } from "./index";

const AGENT = ".claude/agents/reviewer.md";
const RULE = ".cursor/rules/typescript.mdc";
/** "severity line: message" for a file at `file` with this frontmatter. */
const lint = (frontmatter: string, file: string | null = AGENT, body = "Body\n") =>
  lintAgentFile(`---\n${frontmatter}\n---\n${body}`, { path: file, yamlErrors: true }).diagnostics.map((d) => `${d.severity} ${d.range.start.line}: ${d.message}`);
const agent = (extra: string) => lint(`name: reviewer\ndescription: Reviews diffs${extra ? `\n${extra}` : ""}`);

describe("kinds", () => {
  it("come from the path", () => {
    expect(kindFromPath(".claude/agents/reviewer.md")).toBe("claude-agent");
    expect(kindFromPath("repo/.claude/agents/team/reviewer.md")).toBe("claude-agent");
    expect(kindFromPath("C:\\work\\.claude\\agents\\a.md")).toBe("claude-agent");
    expect(kindFromPath(".cursor/rules/ts.mdc")).toBe("cursor-rule");
    expect(kindFromPath("AGENTS.md")).toBe("agents-md");
    expect(kindFromPath("packages/web/AGENTS.md")).toBe("agents-md");
    expect(kindFromPath("CLAUDE.md")).toBe("claude-md");
    expect(kindFromPath(".claude/agents/notes.txt")).toBeNull();
    expect(kindFromPath("docs/reviewer.md")).toBeNull();
    expect(kindFromPath(".claude/commands/review.md")).toBeNull();
  });

  it("come from the frontmatter when no path says", () => {
    const kind = (text: string) => lintAgentFile(text).kind;
    expect(kind("---\nname: a\ndescription: b\n---\n")).toBe("claude-agent");
    expect(kind("---\ndescription: b\ntools: Read\n---\n")).toBe("claude-agent");
    expect(kind("---\ndescription: TS rules\nglobs: src/**/*.ts\n---\n")).toBe("cursor-rule");
    expect(kind("---\nalwaysApply: true\n---\n")).toBe("cursor-rule");
    expect(kind("---\ndescription: just notes\n---\n")).toBe("other");
    expect(kind("---\ntitle: Notes\ntags: [a]\n---\n")).toBe("other");
    expect(kind("# Plain\n")).toBe("other");
    // The path wins over the frontmatter.
    expect(lintAgentFile("---\nglobs: x\n---\n", { path: AGENT }).kind).toBe("claude-agent");
    expect(lintAgentFile("---\nglobs: x\n---\n", { path: AGENT }).kindFrom).toBe("path");
  });

  it("leave other Markdown alone, whatever its frontmatter", () => {
    expect(lint("title: Notes\nauthor: Ada", null)).toEqual([]);
    expect(lint("title: Notes", "docs/notes.md")).toEqual([]);
  });
});

describe("Claude Code agents", () => {
  it("accept a file using every documented field well", () => {
    expect(
      agent(
        [
          "tools: Read, Grep, Agent(worker)",
          "disallowedTools: [Write, Edit]",
          "model: claude-sonnet-4-5-20250929",
          "permissionMode: acceptEdits",
          "maxTurns: 12",
          "skills: [code-style]",
          "mcpServers:\n  - github\n  - playwright:\n      command: npx",
          "hooks:\n  PreToolUse: []",
          "memory: project",
          "background: false",
          "effort: xhigh",
          "isolation: worktree",
          "color: cyan",
          "initialPrompt: Review the last commit",
          "omitClaudeMd: true",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("require name and description, as text", () => {
    expect(lint("description: d")).toEqual(["error 1: A Claude Code agent needs a `name`."]);
    expect(lint("name: a")).toEqual(["error 1: A Claude Code agent needs a `description`."]);
    expect(lint("name: 42\ndescription: ''")).toEqual(["error 2: `name` must be text, not 42.", "error 3: `description` is empty."]);
    expect(lintAgentFile("Just a body\n", { path: AGENT }).diagnostics.map((d) => d.message)).toEqual([
      "A Claude Code agent starts with frontmatter (--- name, description ---); this file has none.",
    ]);
  });

  it("want names in lowercase letters and hyphens", () => {
    expect(lint("name: Backend.Python\ndescription: d")).toEqual(["warning 2: `name` “Backend.Python” should be lowercase letters, digits and hyphens (e.g. backend-python)."]);
  });

  it("check tools and disallowedTools are lists of names", () => {
    expect(agent("tools: 42")).toEqual(["error 4: `tools` must be a comma-separated list (`Read, Grep`) or a YAML list, not 42."]);
    expect(agent("tools: Read, , Bash")).toEqual(["error 4: `tools` has an empty entry between commas."]);
    expect(agent("tools: []")).toEqual([]);
    expect(agent("disallowedTools: [Write, 3]")).toEqual(["error 4: `disallowedTools` lists 3; each entry must be a name."]);
    expect(agent("disallowedTools: {Write: true}")).toEqual(["error 4: `disallowedTools` must be a comma-separated list (`Read, Grep`) or a YAML list, not a mapping."]);
  });

  it("accept a model alias or a full model id, and warn about anything else", () => {
    for (const model of ["haiku", "sonnet", "opus", "inherit", "claude-opus-4-1", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"]) expect(agent(`model: ${model}`), model).toEqual([]);
    expect(agent("model: gpt-4o")).toEqual(["warning 4: `model` “gpt-4o” is neither an alias (sonnet, opus, haiku, inherit) nor a full Claude model id such as claude-sonnet-4-5."]);
    expect(agent("model: Sonnet")[0]).toMatch(/^warning 4: `model` “Sonnet”/);
    expect(agent("model: [sonnet]")).toEqual(["error 4: `model` must be text, not a list."]);
  });

  it("check the enum fields against their documented values", () => {
    expect(agent("permissionMode: auto")).toEqual([]);
    expect(agent("permissionMode: yolo")).toEqual(["error 4: `permissionMode` is “yolo”; it must be one of default, acceptEdits, auto, dontAsk, bypassPermissions, plan."]);
    expect(agent("memory: team")).toEqual(["error 4: `memory` is “team”; it must be one of user, project, local."]);
    expect(agent("effort: extreme")).toEqual(["error 4: `effort` is “extreme”; it must be one of low, medium, high, xhigh, max."]);
    expect(agent("isolation: container")).toEqual(["error 4: `isolation` is “container”; it must be one of worktree."]);
    expect(agent("color: teal")).toEqual(["warning 4: `color` is “teal”; it must be one of red, blue, green, yellow, purple, orange, pink, cyan."]);
    expect(agent("effort: 3")).toEqual(["error 4: `effort` is 3; it must be one of low, medium, high, xhigh, max."]);
  });

  it("check numbers, booleans, lists and mappings", () => {
    expect(agent("maxTurns: 0")).toEqual(["error 4: `maxTurns` must be a whole number above 0, not 0."]);
    expect(agent("maxTurns: '5'")).toEqual(["error 4: `maxTurns` must be a whole number above 0, not “5”."]);
    expect(agent("maxTurns: 2.5")).toEqual(["error 4: `maxTurns` must be a whole number above 0, not 2.5."]);
    expect(agent('background: "true"')).toEqual(["error 4: `background` is the text “true”, not a boolean: write background: true without quotes."]);
    expect(agent("background: 1")).toEqual(["error 4: `background` must be true or false, not 1."]);
    expect(agent("omitClaudeMd: 'no'")).toEqual(["error 4: `omitClaudeMd` is the text “no”, not a boolean: write omitClaudeMd: false without quotes."]);
    expect(agent("skills: 7")[0]).toMatch(/^error 4: `skills` must be a comma-separated list/);
    expect(agent("mcpServers: github")).toEqual(["error 4: `mcpServers` must be a list of server names or configurations, not “github”."]);
    expect(agent("mcpServers: [github, 5]")).toEqual(["error 4: `mcpServers` lists 5; each entry must be a server name or a configuration."]);
    expect(agent("hooks: [PreToolUse]")).toEqual(["error 4: `hooks` must be a mapping (keys indented under it), not a list."]);
    expect(agent("initialPrompt: [a]")).toEqual(["error 4: `initialPrompt` must be text, not a list."]);
  });

  it("flag typos with the field that was meant, and other unknown keys", () => {
    expect(agent("tool: Read")).toEqual(["error 4: `tool:` is not a field; did you mean `tools`?"]);
    expect(agent("modle: opus")).toEqual(["error 4: `modle:` is not a field; did you mean `model`?"]);
    expect(agent("max_turns: 3")).toEqual(["error 4: `max_turns:` is not a field; did you mean `maxTurns`?"]);
    expect(agent("permission-mode: plan")).toEqual(["error 4: `permission-mode:` is not a field; did you mean `permissionMode`?"]);
    expect(agent("disallowedTool: Bash")).toEqual(["error 4: `disallowedTool:` is not a field; did you mean `disallowedTools`?"]);
    expect(agent("allowed-tools: Read")).toEqual(["error 4: `allowed-tools:` is not a field of Claude Code agents; use `tools`."]);
    expect(agent("version: 2")).toEqual(["warning 4: `version:` is not a field of Claude Code agents; it is ignored."]);
  });

  it("say why each problem matters", () => {
    const [problem] = lintAgentFile("---\nname: a\ndescription: b\ntool: Read\n---\n", { path: AGENT }).diagnostics;
    expect(problem?.why).toMatch(/ignores fields it does not know/);
    expect(problem?.rule).toBe("agent-frontmatter");
  });

  it("report frontmatter that is not YAML once", () => {
    expect(lint("name: [unclosed")).toEqual([expect.stringMatching(/^error 1: The frontmatter is not valid YAML/)]);
    expect(lintAgentFile("---\nname: [unclosed\n---\n", { path: AGENT }).diagnostics).toEqual([]);
  });
});

describe("Cursor rules", () => {
  const rule = (frontmatter: string) => lint(frontmatter, RULE);

  it("accept each way a rule applies", () => {
    expect(rule("alwaysApply: true")).toEqual([]);
    expect(rule("description: TypeScript rules\nglobs:\nalwaysApply: false")).toEqual([]);
    expect(rule("globs: src/**/*.ts, *.tsx\nalwaysApply: false")).toEqual([]);
    expect(rule("globs: [\"src/**/*.ts\", \"*.tsx\"]")).toEqual([]);
  });

  it("catch the string \"true\" in alwaysApply, a silent bug", () => {
    expect(rule('alwaysApply: "true"')).toEqual(["error 2: `alwaysApply` is the text “true”, not a boolean: write alwaysApply: true without quotes."]);
    expect(rule("alwaysApply: 1")).toEqual(["error 2: `alwaysApply` must be true or false, not 1."]);
  });

  it("check globs and description shapes", () => {
    expect(rule("globs: 42")).toEqual(["error 2: `globs` must be a comma-separated string (`src/**/*.ts, *.md`) or a list, not 42."]);
    expect(rule("globs: [src/*.ts, 3]")).toEqual(["error 2: `globs` lists 3; each entry must be a pattern."]);
    expect(rule("globs: src/*.ts,,*.md")).toEqual(["warning 2: `globs` has an empty pattern between commas."]);
    expect(rule("globs: /home/ada/src/*.ts")).toEqual(["warning 2: `globs` pattern “/home/ada/src/*.ts” is absolute; Cursor matches patterns relative to the project."]);
    expect(rule("description: [a]")).toEqual(["error 2: `description` must be text, not a list."]);
    expect(rule("alwaysApply: true\nglobs: src/*.ts")).toEqual(["info 3: `globs` has no effect while `alwaysApply` is true."]);
  });

  it("flag typos and unknown keys, and say when a rule only applies by @-mention", () => {
    expect(rule("alwaysapply: true")).toEqual(["error 2: `alwaysapply:` is not a field; did you mean `alwaysApply`?"]);
    expect(rule("glob: src/*.ts")).toEqual(["error 2: `glob:` is not a field; did you mean `globs`?"]);
    expect(rule("always_apply: true")).toEqual(["error 2: `always_apply:` is not a field; did you mean `alwaysApply`?"]);
    expect(rule("priority: 1\nalwaysApply: true")).toEqual(["warning 2: `priority:` is not a field of Cursor rules; it is ignored."]);
    expect(rule("alwaysApply: false")).toEqual([expect.stringMatching(/^info 1: This rule applies only when someone mentions it with @/)]);
    expect(lintAgentFile("Rule body\n", { path: RULE }).diagnostics.map((d) => d.severity)).toEqual(["info"]);
  });
});

describe("AGENTS.md and CLAUDE.md", () => {
  it("are plain instructions: frontmatter in them is only a note", () => {
    expect(lintAgentFile("# Rules\n", { path: "AGENTS.md" }).diagnostics).toEqual([]);
    expect(lint("name: x", "CLAUDE.md")).toEqual(["info 1: CLAUDE.md has frontmatter, which is not read as settings."]);
  });
});

describe("suggestions", () => {
  it("measure edits, swaps included, and suggest only close fields", () => {
    expect(editDistance("tools", "tools")).toBe(0);
    expect(editDistance("toosl", "tools")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closestField("toosl", ["tools", "model"])).toBe("tools");
    expect(closestField("colour", ["color"])).toBe("color");
    expect(closestField("author", ["tools", "model", "name"])).toBeNull();
    expect(closestField("x", ["name"])).toBeNull();
  });
});

describe("in the editor's lints", () => {
  it("show with the document's path, or from its frontmatter without one", () => {
    const text = "---\nname: a\ndescription: b\ntool: Read\n---\n";
    const rules = (options: { path?: string }) => lintDocument(text, options).filter((d) => d.rule === "agent-frontmatter").map((d) => d.message);
    expect(rules({})).toEqual(["`tool:` is not a field; did you mean `tools`?"]);
    expect(rules({ path: AGENT })).toEqual(["`tool:` is not a field; did you mean `tools`?"]);
    expect(lintDocument('---\nalwaysApply: "true"\n---\n', { path: RULE }).map((d) => d.rule)).toEqual(["cursor-rule"]);
    // A library document's folder gives it a path: under .cursor/rules it is a rule.
    expect(libraryDocumentPath("repo/.cursor/rules/ops", "deploy")).toBe("repo/.cursor/rules/ops/deploy.mdc");
    expect(libraryDocumentPath("repo/.claude/agents", "reviewer")).toBe("repo/.claude/agents/reviewer.md");
    expect(libraryDocumentPath("", "notes")).toBe("notes.md");
    expect(lintDocument("No frontmatter\n", { path: libraryDocumentPath(".claude/agents", "x") }).map((d) => d.rule)).toEqual(["agent-frontmatter"]);
    expect(lintDocument("No frontmatter\n", { path: libraryDocumentPath("notes", "x") })).toEqual([]);
    // YAML errors come once, from the frontmatter lint.
    expect(lintDocument("---\nname: [x\n---\n", { path: AGENT }).map((d) => d.rule)).toEqual(["frontmatter"]);
  });
});

describe("the persona corpus", () => {
  const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
  it.skipIf(!corpusDir)("lints every document without a crash, under each path it could be kept at", () => {
    const files = fs.readdirSync(corpusDir ?? "").filter((name) => !name.startsWith("."));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = fs.readFileSync(path.join(corpusDir ?? "", name), "utf8");
      const guessed = lintAgentFile(text);
      const hasAgentFrontmatter = /^---\r?\n[\s\S]*?\bname:/.test(text);
      expect(guessed.kind, name).toBe(hasAgentFrontmatter ? "claude-agent" : "other");
      for (const where of [`.claude/agents/${name}.md`, `.cursor/rules/${name}.mdc`, "AGENTS.md", "CLAUDE.md"]) {
        const result = lintAgentFile(text, { path: where, yamlErrors: true });
        for (const d of result.diagnostics) expect(d.message.length, `${name} as ${where}`).toBeGreaterThan(0);
        if (result.kind === "claude-agent" && !hasAgentFrontmatter) expect(result.diagnostics.map((d) => d.severity)).toEqual(["error"]);
      }
    }
    // The corpus agent file: a valid agent apart from a dotted name.
    const agentFile = files.find((name) => /^---\r?\n[\s\S]*?\bname:/.test(fs.readFileSync(path.join(corpusDir ?? "", name), "utf8")));
    if (agentFile) {
      const result = lintAgentFile(fs.readFileSync(path.join(corpusDir ?? "", agentFile), "utf8"), { path: ".claude/agents/x.md" });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
});
