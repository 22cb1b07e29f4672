import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/contracts/workspaces";
import { getDb, type Db } from "../db/client";
import { authSecret } from "./auth-secret";
import { createFixedWindowRateLimit } from "./fixed-window-rate-limit";
import { sendSignUpNotice } from "./send-sign-up-notice";

/** better-auth over `db`; the app has one per process (getAuth), tests build one per simulated instance. */
export function createAuth(db: Db = getDb()) {
  return betterAuth({
    secret: authSecret(),
    baseURL: process.env.DRAMATIS_URL,
    database: prismaAdapter(db, { provider: "sqlite" }),
    // Passwords are hashed with scrypt (better-auth's default): memory-hard, in Node's crypto.
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      // Sign-up must not say whether an email has an account. Without auto sign-in,
      // better-auth answers an existing email exactly as a new one (200, a made-up user, no
      // cookie, the password hashed all the same so the timing matches) and creates nothing;
      // the form then signs in with what was typed (components/auth/auth-form.tsx).
      autoSignIn: false,
      // Not awaited (better-auth would wait for it): an SMTP round trip would make the answer
      // for an existing email measurably slower than for a new one.
      onExistingUserSignUp: async ({ user }) => void sendSignUpNotice({ to: user.email }),
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Per address, on top of the per-account limit in sign-in-limiter.ts. On in every
    // environment (better-auth's default is production only), so tests see what users see.
    // Counted in the database (RateLimit), not in this process's memory, so N instances do
    // not give an address N times the tries; in fixed windows, so a limit per minute is one.
    rateLimit: {
      enabled: true,
      customStorage: createFixedWindowRateLimit(db, { longestWindow: 60 }),
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: perMinute("DRAMATIS_SIGN_INS_PER_MINUTE", 30) },
        "/sign-up/email": { window: 60, max: perMinute("DRAMATIS_SIGN_UPS_PER_MINUTE", 20) },
      },
    },
    // server.ts replaces X-Forwarded-For with the socket's address, so clients cannot pick theirs.
    // Secure cookies need HTTPS; many teams first run this on an internal http:// host, where
    // they would never be sent back. Setting DRAMATIS_URL=https://… turns them on.
    advanced: {
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      useSecureCookies: process.env.DRAMATIS_URL?.startsWith("https://") ?? false,
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per process, like the database client (Next's dev reloads re-run modules).
const holder = globalThis as unknown as { dramatisAuth?: Auth };

export function getAuth(): Auth {
  holder.dramatisAuth ??= createAuth();
  return holder.dramatisAuth;
}

/**
 * A per-address limit from the environment, for places where many people share one address
 * (an office behind one NAT, a test suite signing up hundreds of accounts).
 */
function perMinute(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
