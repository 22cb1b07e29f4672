import { CliError } from "./cli-error";

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * `--name value`, `--name=value` and bare `--switch`; which names take a value is declared, so
 * a typo is refused instead of swallowing the next argument.
 */
export function parseArgs(args: readonly string[], spec: { values?: readonly string[]; switches?: readonly string[] }): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const switches = new Set(spec.switches ?? []);
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") positional.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2));
    if (switches.has(name) && inline === undefined) flags.set(name, true);
    else if (values.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value.`);
      flags.set(name, value);
    } else {
      const known = [...values, ...switches].map((flag) => `--${flag}`).join(", ") || "none";
      throw new CliError(`Unknown option --${name} (options here: ${known}).`);
    }
  }
  return { positional, flags };
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf("=");
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

export function flagValue(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === "string" ? value : undefined;
}
