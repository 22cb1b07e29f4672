"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/contracts/action-result";
import { errorSentence, failureSentence } from "@/lib/core/messages/human-messages";

export interface UseAction<Args extends unknown[], T> {
  /** Runs the action in a transition; resolves with its result (never rejects). */
  run: (...args: Args) => Promise<ActionResult<T>>;
  pending: boolean;
  /** The last failure, as a sentence for people; null after a success. */
  error: string | null;
  /** The first message for each field of the last failure (for inputs). */
  fieldErrors: Record<string, string>;
  result: ActionResult<T> | null;
  /** Show a message of one's own (a check before calling the server), or clear it. */
  setError: (message: string | null) => void;
}

/**
 * A server action as a form uses it: pending while it runs, then its error in words for people
 * or its data. A server that cannot be reached is a failure like any other, not an exception.
 * `onSuccess` runs after a success, inside the transition (e.g. `router.refresh()`).
 */
export function useAction<Args extends unknown[], T>(
  action: (...args: Args) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T, ...args: Args) => void } = {},
): UseAction<Args, T> {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [ownError, setOwnError] = useState<string | null>(null);
  const { onSuccess } = options;

  const run = (...args: Args) =>
    new Promise<ActionResult<T>>((resolve) => {
      startTransition(async () => {
        let outcome: ActionResult<T>;
        try {
          outcome = await action(...args);
        } catch {
          outcome = { ok: false, code: "network", message: errorSentence("network") };
        }
        startTransition(() => {
          setOwnError(null);
          setResult(outcome);
          if (outcome.ok) onSuccess?.(outcome.data, ...args);
        });
        resolve(outcome);
      });
    });

  const failure = result && !result.ok ? result : null;
  const fieldErrors: Record<string, string> = {};
  for (const [name, messages] of Object.entries(failure?.fieldErrors ?? {})) if (messages?.[0]) fieldErrors[name] = messages[0];
  const error = ownError ?? (failure ? failureSentence(failure) : null);
  return {
    run,
    pending,
    error,
    fieldErrors,
    result,
    setError: (message) => {
      setOwnError(message);
      if (message === null) setResult(null);
    },
  };
}
