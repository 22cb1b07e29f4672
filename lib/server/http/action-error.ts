import { ZodError, z } from "zod";
import type { ActionResult } from "@/lib/contracts/action-result";
import { describeError } from "./error-response";

/** Turns a thrown error into the failure a server action returns to its form. */
export function actionError(error: unknown): ActionResult<never> {
  if (error instanceof ZodError) {
    return {
      ok: false,
      code: "invalid_input",
      message: "Some fields need attention.",
      fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[] | undefined>,
    };
  }
  const { code, message, details } = describeError(error).body.error;
  return { ok: false, code, message, details };
}
