import { z } from "zod";
import { DOWNLOAD_TARGETS } from "@/lib/core/agent-files";
import { folderPathSchema } from "./folders";

/** `GET /d/<slug>/download?as=…[&version=n]`: the document as a file for a coding tool. */
export const downloadQuerySchema = z.object({
  as: z.enum(DOWNLOAD_TARGETS, { error: `as must be one of ${DOWNLOAD_TARGETS.join(", ")}` }),
  version: z.coerce.number().int().min(1).optional(),
});

/**
 * `GET /download?as=…[&folder=…][&tag=…]`: a library folder (with its subfolders; none: the
 * whole library), or the documents in it carrying every tag, as one zip.
 */
export const zipQuerySchema = z.object({
  as: z.enum(DOWNLOAD_TARGETS, { error: `as must be one of ${DOWNLOAD_TARGETS.join(", ")}` }),
  folder: folderPathSchema.default(""),
  tag: z.array(z.string().max(100)).max(20, "At most 20 tags"),
});

/** The API's answer: the file's name and text, and what the conversion changed. */
export const downloadResponseSchema = z.object({
  fileName: z.string().describe("The name the target tool expects, e.g. reviewer.md for .claude/agents/"),
  content: z.string(),
  dropped: z.array(z.string()).describe("Frontmatter keys the target has no place for, left out"),
  added: z.array(z.string()).describe("Fields the conversion filled in, with where each came from"),
  version: z.number().int(),
});
