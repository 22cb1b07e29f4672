import { CliError } from "./cli-error";
import type { CliIo } from "./io";
import { DIFF_HELP, runDiff } from "./commands/diff";
import { runLint } from "./commands/lint";
import { LOGIN_HELP, runLogin } from "./commands/login";
import { PULL_HELP, runPull } from "./commands/pull";
import { PUSH_HELP, runPush } from "./commands/push";
import { RENDER_HELP, runRender } from "./commands/render";
import { STATUS_HELP, runStatus } from "./commands/status";

type Command = { run: (args: string[], io: CliIo) => Promise<number>; help: string };

const LINT_HELP = `dramatis lint [--json] <file or folder>…
  Checks Claude Code agents, Cursor rules, AGENTS.md and CLAUDE.md (exit 1 on errors; --json
  for machine-readable output). Needs no server.`;

/** The subcommands. */
const COMMANDS: Record<string, Command> = {
  login: { run: runLogin, help: LOGIN_HELP },
  pull: { run: runPull, help: PULL_HELP },
  push: { run: runPush, help: PUSH_HELP },
  status: { run: runStatus, help: STATUS_HELP },
  diff: { run: runDiff, help: DIFF_HELP },
  render: { run: runRender, help: RENDER_HELP },
  lint: { run: runLint, help: LINT_HELP },
};

const USAGE = `dramatis: sync a folder of prompt files with a Dramatis workspace

${Object.values(COMMANDS)
  .map((command) => command.help)
  .join("\n\n")}

Every command that syncs takes --dir D (default: the current folder, where dramatis.json is).
Exit codes: 0 done, 1 conflicts, drift or rejected files, 2 bad input or no connection.
`;

/** Runs one command line; returns the exit code. Errors become one line on stderr. */
export async function main(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(", ")}.\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`dramatis ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
