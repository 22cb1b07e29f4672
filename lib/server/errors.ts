/**
 * Errors a use case raises on purpose. Route handlers and server actions turn them into
 * responses in one place (lib/server/http/error-response.ts); anything else is a bug (500).
 */
export type AppErrorCode =
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "payload_too_large"
  | "unauthorized"
  | "forbidden"
  | "unprocessable"
  /** A render stopped by a bound (output size, include expansions, time): 422. */
  | "render_limit"
  | "method_not_allowed"
  /** A chunked body sent where no route counts one: 411. */
  | "length_required"
  | "gone";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function notFound(message: string): AppError {
  return new AppError("not_found", message);
}

/** A member without the right role: 403 with what they may not do and who may. */
export function forbidden(message: string): AppError {
  return new AppError("forbidden", message);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
