import { z } from "zod";
import { authorNameSchema, slugSchema, versionNumberSchema } from "./documents";

export const restoreVersionSchema = z.object({
  slug: slugSchema,
  version: versionNumberSchema,
  authorName: authorNameSchema,
});
export type RestoreVersionInput = z.input<typeof restoreVersionSchema>;
