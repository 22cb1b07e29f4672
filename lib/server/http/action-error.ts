import { ZodError } from "zod";
import type { ActionResult } from "@/lib/contracts/action-result";
import { fieldSentences, failureSentence } from "@/lib/core/messages/human-messages";
import { describeError } from "./error-response";

/** Turns a thrown error into the failure a server action returns to its form, in words for people. */
export function actionError(error: unknown): ActionResult<never> {
  if (error instanceof ZodError) {
    return {
      ok: false,
      code: "invalid_input",
      message: "Some fields need attention.",
      fieldErrors: fieldSentences(error.issues),
    };
  }
  const { code, message, details } = describeError(error).body.error;
  return { ok: false, code, message: failureSentence({ code, message }), details };
}
