/**
 * A failure the user can act on: printed as its one line, with exit code 2 (usage, input,
 * connection). Conflicts and drift are results, not errors: commands return 1 for those.
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = "CliError";
  }
}
