import { z } from "zod";
import { ROLES } from "@/lib/core/access/roles";

export const workspaceNameSchema = z.string().trim().min(1, "Name the workspace").max(80, "At most 80 characters");
export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });

export const roleSchema = z.enum(ROLES);

export const INVITE_EXPIRY_CHOICES = [
  { hours: 24, label: "1 day" },
  { hours: 24 * 7, label: "7 days" },
  { hours: 24 * 30, label: "30 days" },
] as const;

export const createInviteSchema = z.object({
  role: roleSchema,
  expiresInHours: z.number().int().min(1).max(24 * 30),
  /** Optional: when SMTP is configured the link is also sent here. */
  email: z.email("Enter an email address").optional().or(z.literal("").transform(() => undefined)),
});
export type CreateInviteInput = z.input<typeof createInviteSchema>;

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: roleSchema });

/** Checked in the form and again by better-auth (lib/server/auth/auth.ts). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Say how teammates should see you").max(80, "At most 80 characters"),
  email: z.email("Enter an email address"),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `At most ${MAX_PASSWORD_LENGTH} characters`),
});
export const setupSchema = signUpSchema.extend({ workspaceName: workspaceNameSchema });
export const signInSchema = z.object({ email: z.email("Enter an email address"), password: z.string().min(1, "Enter your password") });
