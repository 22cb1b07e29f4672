import { z } from "zod";
import { DOWNLOAD_TARGETS } from "@/lib/core/agent-files";

/** `GET /d/<slug>/download?as=…[&version=n]`: the document as a file for a coding tool. */
export const downloadQuerySchema = z.object({
  as: z.enum(DOWNLOAD_TARGETS, { error: `as must be one of ${DOWNLOAD_TARGETS.join(", ")}` }),
  version: z.coerce.number().int().min(1).optional(),
});
