/**
 * Runs a command-line entry point: its result is the exit code, and an unexpected error is
 * printed as one line (no stack) with exit code 2, the convention for usage and input errors.
 */
export function runCli(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
