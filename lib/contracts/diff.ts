import { z } from "zod";
import { versionNumberParamSchema } from "./documents";

/** The diff page's query string (`?from=3&to=7&view=inline&mode=rendered&values=…`); a bad view or mode falls back. */
export const diffQuerySchema = z.object({
  from: versionNumberParamSchema.optional(),
  to: versionNumberParamSchema.optional(),
  view: z.enum(["split", "inline"]).catch("split"),
  mode: z.enum(["source", "rendered"]).catch("source"),
  values: z.string().optional(),
});
