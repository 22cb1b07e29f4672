import fs from "node:fs";
import path from "node:path";
import { decodeImportFile, MAX_IMPORT_BYTES } from "../../../../lib/core/documents";
import { kindFromPath, lintAgentFile, type AgentFileKind, type Diagnostic } from "../../../../lib/core/lints";

export interface LintIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface FileReport {
  path: string;
  kind: AgentFileKind | null;
  problems: { line: number; column: number; severity: Diagnostic["severity"]; rule: string; message: string; why: string | null }[];
  /** Why the file could not be checked at all (binary, too large, unreadable). */
  error?: string;
}

const USAGE = "usage: dramatis lint [--json] <file or folder>…";
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

/**
 * `dramatis lint <paths…>`: checks Claude Code agents, Cursor rules, AGENTS.md and CLAUDE.md.
 * Folders are searched recursively for those files; a file named directly is checked whatever
 * its name (its kind then comes from its frontmatter). Exit 1 when any error was found, 2 on
 * bad usage or a path that does not exist, 0 otherwise.
 */
export async function runLint(args: string[], io: LintIo): Promise<number> {
  const json = args.includes("--json");
  const unknown = args.find((arg) => arg.startsWith("-") && arg !== "--json");
  const targets = args.filter((arg) => !arg.startsWith("-"));
  if (unknown) {
    io.stderr(`dramatis lint: unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  if (targets.length === 0) {
    io.stderr(`dramatis lint: name at least one file or folder\n${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  for (const target of targets) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(target);
    } catch {
      io.stderr(`dramatis lint: ${target}: no such file or folder\n`);
      return 2;
    }
    if (stat.isDirectory()) files.push(...agentFilesUnder(target));
    else files.push(target);
  }
  const reports = files.map(lintFile);
  const count = (severity: Diagnostic["severity"]) => reports.reduce((sum, r) => sum + r.problems.filter((p) => p.severity === severity).length, 0);
  const summary = { files: reports.length, errors: count("error") + reports.filter((r) => r.error).length, warnings: count("warning"), notes: count("info") };
  if (json) {
    io.stdout(`${JSON.stringify({ files: reports, summary }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      if (report.error) io.stdout(`${report.path}: error ${report.error}\n`);
      for (const p of report.problems) io.stdout(`${report.path}:${p.line}: ${p.severity} ${p.message}\n`);
    }
    io.stdout(`${summary.files} file${summary.files === 1 ? "" : "s"} checked: ${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.notes} note${summary.notes === 1 ? "" : "s"}\n`);
  }
  return summary.errors > 0 ? 1 : 0;
}

/** The files coding tools read, anywhere under `folder`, in a stable order. */
function agentFilesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(full);
      else if (entry.isFile() && kindFromPath(full) !== null) found.push(full);
    }
  };
  walk(folder);
  return found;
}

function lintFile(file: string): FileReport {
  const shown = file.split(path.sep).join("/");
  let bytes: Uint8Array;
  try {
    if (fs.statSync(file).size > MAX_IMPORT_BYTES) return { path: shown, kind: null, problems: [], error: "is larger than 2 MB; not checked" };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { path: shown, kind: null, problems: [], error: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  // The import's checks: binary, invalid UTF-8 and empty files get one line and no lints.
  const decoded = decodeImportFile("file.md", bytes);
  if (!decoded.ok) {
    if (decoded.code === "empty") return { path: shown, kind: kindFromPath(file), problems: [] };
    return { path: shown, kind: null, problems: [], error: decoded.code === "binary" ? "is a binary file; not checked" : "is not valid UTF-8 text; not checked" };
  }
  const result = lintAgentFile(decoded.content, { path: file, yamlErrors: true });
  return {
    path: shown,
    kind: result.kind,
    problems: result.diagnostics.map((d) => ({ line: d.range.start.line, column: d.range.start.column, severity: d.severity, rule: d.rule, message: d.message, why: d.why ?? null })),
  };
}
