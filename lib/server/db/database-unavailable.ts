import { describePostgresqlUrl } from "./database-url";

/**
 * Errors that mean "the database server cannot be reached or refused us", as opposed to a bug
 * or a bad query: at start-up they become one line naming the server and what to check; while
 * running, a 503 (lib/server/http/error-response.ts) so clients retry instead of reporting a bug.
 */
const PRISMA_CONNECTION_CODES = new Set(["P1000", "P1001", "P1002", "P1003", "P1008", "P1011", "P1017", "P2024", "P2028"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
// PostgreSQL's SQLSTATEs for "auth refused / no such database / shutting down / too many connections".
const POSTGRES_CODES = new Set(["28000", "28P01", "3D000", "57P01", "57P02", "57P03", "53300"]);
const MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (PRISMA_CONNECTION_CODES.has(code) || SOCKET_CODES.has(code) || POSTGRES_CODES.has(code))) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = cause;
  }
  return false;
}

/** What a request is answered with when the database was found out of reach after the fact. */
export function databaseUnreachableError(): Error {
  return Object.assign(new Error("Can't reach database server (found while answering a failed request)"), { code: "P1001" });
}

/** The one line printed when the server cannot start because PostgreSQL refused or is away. */
export function startupFailureLine(error: unknown, url: string): string {
  const where = describePostgresqlUrl(url);
  const code = (error as { code?: string }).code;
  const hint =
    code === "28P01" || code === "28000"
      ? "the user name and password in DATABASE_URL, and pg_hba.conf"
      : code === "3D000"
        ? "that the database exists (createdb) and its name in DATABASE_URL"
        : "that PostgreSQL is running and listens on that host and port (pg_lsclusters, listen_addresses)";
  const reason = (error as Error).message?.split("\n")[0] || String(error);
  return `Cannot connect to PostgreSQL at ${where}: ${reason}. Check ${hint}.`;
}
