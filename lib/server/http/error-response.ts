import { ZodError } from "zod";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { isAppError, type AppErrorCode } from "../errors";
import { jsonResponse, type ApiResponse } from "./api-types";

const STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unprocessable: 422,
  render_limit: 422,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** The one mapping from thrown errors to HTTP responses, for Next route handlers… */
export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status, headers: closeIfTooLarge(status) });
}

/** …and for the /api/v1 handlers, which answer with the API's own response shape. */
export function apiErrorResponse(error: unknown): ApiResponse {
  const { status, body } = describeError(error);
  return jsonResponse(body, status, closeIfTooLarge(status));
}

// A refused upload's unread rest is not drained: the connection closes after the answer.
// A 503 (database away) tells clients when to try again.
function closeIfTooLarge(status: number): Record<string, string> {
  if (status === 503) return { "retry-after": "5" };
  return status === 413 ? { connection: "close" } : {};
}

export function describeError(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ZodError) {
    return {
      status: 400,
      body: { error: { code: "invalid_input", message: "The request is not valid.", details: error.issues } },
    };
  }
  if (isAppError(error)) {
    return {
      status: STATUS[error.code],
      body: { error: { code: error.code, message: error.message, details: error.details } },
    };
  }
  if (isDatabaseUnavailable(error)) {
    const { message, code } = error as { message?: string; code?: string };
    console.error(`Database unavailable: ${message?.split("\n")[0] || code || error}`);
    return {
      status: 503,
      body: {
        error: {
          code: "database_unavailable",
          message: "The database cannot be reached right now. Nothing was saved; try again in a moment.",
        },
      },
    };
  }
  console.error(error);
  return {
    status: 500,
    body: { error: { code: "internal", message: "Something went wrong on our side. Nothing was saved." } },
  };
}
