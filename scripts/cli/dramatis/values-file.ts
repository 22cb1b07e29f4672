import { readFile } from "node:fs/promises";
import path from "node:path";
import { templateValuesSchema } from "@/lib/contracts/values";
import { CliError } from "./cli-error";

/** Variable values from a JSON file, checked by the same contract the API applies. */
export async function readValuesFile(cwd: string, file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not valid JSON.`);
  }
  const parsed = templateValuesSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a JSON object of variable values: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data as Record<string, unknown>;
}
