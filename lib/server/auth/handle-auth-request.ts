import { getAuth } from "./auth";
import { readSignInEmail } from "./read-sign-in-email";
import { claimSignInAttempt, settleSignInAttempt } from "./sign-in-limiter";
import { signOut } from "./sign-out";

/**
 * better-auth's endpoints (/api/auth/*), with failed sign-ins limited per account on top of
 * better-auth's per-address limit: a refused attempt gets 429 and says when to try again.
 * (Sign-up's same answer for new and existing emails is configured in auth.ts.)
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  if (request.method === "POST") {
    const endpoint = endpointOf(request);
    if (endpoint === "sign-in/email") return signIn(request);
    if (endpoint === "sign-out") return signOut(request);
  }
  return getAuth().handler(request);
}

/**
 * The path after /api/auth/, normalised generously (case, escapes, repeated or trailing
 * slashes): better-auth matches only the exact spelling today, and no other spelling it might
 * accept tomorrow should slip past the limit.
 */
function endpointOf(request: Request): string {
  const path = new URL(request.url).pathname;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is left as written; better-auth answers it with 404.
  }
  return decoded.toLowerCase().replace(/\/+/g, "/").replace(/\/$/, "").replace(/^.*?\/api\/auth\//, "");
}

function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ code, message }, { status, headers });
}

async function signIn(request: Request): Promise<Response> {
  const body = await readSignInEmail(request);
  if (body.kind === "unsupported") {
    return refusal(415, "UNSUPPORTED_MEDIA_TYPE", "Send the sign-in as JSON, urlencoded or multipart form data.");
  }
  // Without an email there is no account to check a password against: better-auth says what is missing.
  if (body.kind === "none") return getAuth().handler(request);
  const claim = await claimSignInAttempt({ email: body.email });
  if (!claim.allowed) {
    const minutes = Math.ceil(claim.retryAfter / 60);
    return refusal(
      429,
      "TOO_MANY_ATTEMPTS",
      `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { "Retry-After": String(claim.retryAfter) },
    );
  }
  let response: Response | undefined;
  try {
    response = await getAuth().handler(request);
    return response;
  } finally {
    const outcome = response?.status === 401 ? "wrong-password" : response?.ok ? "signed-in" : "not-checked";
    await settleSignInAttempt({ email: body.email, id: claim.id, outcome });
  }
}
