/**
 * The email a sign-in request names, read the way better-auth's router reads bodies
 * (better-call's getBody): JSON (any `application/…+json`), urlencoded or multipart, the last
 * value winning when a field repeats. Any other encoding is refused by the caller (415), so no
 * body reaches the password check without its account being counted.
 */
export type SignInEmail = { kind: "email"; email: string } | { kind: "none" } | { kind: "unsupported" };

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json/i;

export async function readSignInEmail(request: Request): Promise<SignInEmail> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const copy = request.clone();
  let email: unknown;
  if (JSON_TYPE.test(type)) {
    const body: unknown = await copy.json().catch(() => null);
    email = body && typeof body === "object" && "email" in body ? body.email : undefined;
  } else if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const form = await copy.formData().catch(() => null);
    email = form?.getAll("email").at(-1);
  } else {
    return { kind: "unsupported" };
  }
  return typeof email === "string" && email.trim() ? { kind: "email", email } : { kind: "none" };
}
