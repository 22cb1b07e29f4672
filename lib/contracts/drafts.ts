import { z } from "zod";
import { slugSchema } from "./documents";

/** Restoring a kept draft (Draft history) into the live draft. */
export const restoreDraftSnapshotSchema = z.object({
  slug: slugSchema,
  id: z.string().min(1).max(64),
});
export type RestoreDraftSnapshotInput = z.input<typeof restoreDraftSnapshotSchema>;
