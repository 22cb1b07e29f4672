/**
 * What a server action returns to its form: success with data, or a message, an error code
 * (the same codes as the HTTP API), details and per-field errors to show next to the inputs.
 * Actions never throw to the browser.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      message: string;
      details?: unknown;
      fieldErrors?: Record<string, string[] | undefined>;
    };
