import { getAuth } from "./auth";
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from "./sign-in-limiter";
import { signOut } from "./sign-out";

/**
 * better-auth's endpoints (/api/auth/*), with failed sign-ins limited per account on top of
 * better-auth's per-address limit: a refused attempt gets 429 and says when to try again.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  if (request.method === "POST" && new URL(request.url).pathname.endsWith("/sign-out")) return signOut(request);
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/sign-in/email")) {
    return getAuth().handler(request);
  }
  const body: unknown = await request.clone().json().catch(() => null);
  const email = body && typeof body === "object" && "email" in body && typeof body.email === "string" ? body.email : "";
  const wait = email ? signInRetryAfter(email) : 0;
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return Response.json(
      {
        code: "TOO_MANY_ATTEMPTS",
        message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const response = await getAuth().handler(request);
  if (response.status === 401) recordSignInFailure(email);
  else if (response.ok) clearSignInFailures(email);
  return response;
}
