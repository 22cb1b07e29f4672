import { z } from "zod";
import { versionNumberSchema } from "./documents";

/** `latest` always means the newest version, so it can never be set by hand. */
export const RESERVED_LABELS = ["latest"] as const;

export const labelNameSchema = z
  .string()
  .regex(/^[a-z0-9._-]{1,36}$/, "1 to 36 characters: lowercase letters, digits, dot, underscore or hyphen")
  .refine((name) => !(RESERVED_LABELS as readonly string[]).includes(name), "“latest” always points at the newest version");

/** Moving a label: which one, to which version (the document comes from the authorization). */
export const setLabelSchema = z.object({
  name: labelNameSchema,
  version: versionNumberSchema,
});
export type SetLabelInput = z.input<typeof setLabelSchema>;
