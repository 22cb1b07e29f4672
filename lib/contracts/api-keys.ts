import { z } from "zod";
import { API_KEY_ROLES } from "@/lib/core/access/roles";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name the key after what uses it").max(80),
  /** viewer: read and render; editor: also save versions and move unprotected labels. */
  role: z.enum(API_KEY_ROLES).default("viewer"),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
