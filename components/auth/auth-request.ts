import { failureSentence } from "@/lib/core/messages/human-messages";

/** Calls one of better-auth's endpoints; failures come back as a sentence to show. */
export async function authRequest(path: "sign-in/email" | "sign-up/email" | "sign-out", body: object = {}): Promise<string | null> {
  try {
    const response = await fetch(`/api/auth/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (response.ok) return null;
    const json = (await response.json().catch(() => null)) as { message?: string; code?: string } | null;
    if (response.status === 429) return json?.message ?? "Too many attempts. Wait a minute and try again.";
    if (response.status === 401) return "That email and password do not match an account.";
    // better-auth's messages are sentences; anything else (a code, library wording) gets one of ours.
    return failureSentence({ message: json?.message && !/^[A-Z_]+$/.test(json.message) ? json.message : null });
  } catch {
    return "Could not reach the server. Check your connection and try again.";
  }
}
