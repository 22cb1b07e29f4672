import { handleAuthRequest } from "@/lib/server/auth/handle-auth-request";

// Sign-up, sign-in, sign-out and session endpoints (better-auth), with the per-account limit.
export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
