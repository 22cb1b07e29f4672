/**
 * What a server action returns to its form: success with data, or a message and per-field
 * errors to show next to the inputs. Actions never throw to the browser.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };
