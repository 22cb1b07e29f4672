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

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Say how teammates should see you").max(80, "At most 80 characters"),
  email: z.email("Enter an email address"),
  password: z.string().min(10, "At least 10 characters").max(256, "At most 256 characters"),
});
export const setupSchema = signUpSchema.extend({ workspaceName: workspaceNameSchema });
export const signInSchema = z.object({ email: z.email("Enter an email address"), password: z.string().min(1, "Enter your password") });
