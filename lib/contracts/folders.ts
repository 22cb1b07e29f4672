import { z } from "zod";
import { folderPathProblem, MAX_FOLDER_LENGTH, normalizeFolderPath } from "@/lib/core/folders/folder-path";

/**
 * A folder path, the one schema for forms, actions, the API and imports: "" is the root, else
 * segments joined by "/" ("agents/backend"). Surrounding slashes and whitespace are dropped;
 * empty segments ("a//b"), "." and "..", backslashes and control characters are refused, as are
 * names over 100 characters, more than 16 levels and paths over 512 characters.
 */
export const folderPathSchema = z
  .string()
  // Refused before normalizing, so a huge value costs nothing (normalized paths are shorter).
  .max(MAX_FOLDER_LENGTH * 4, `A folder path is at most ${MAX_FOLDER_LENGTH} characters.`)
  .transform(normalizeFolderPath)
  .superRefine((path, context) => {
    const problem = folderPathProblem(path);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .describe("A folder path: \"\" is the root, else names joined by \"/\" (e.g. agents/backend)");

/** Moving one document: the folder it goes to (the document comes from the authorization). */
export const moveDocumentSchema = z.object({ folder: folderPathSchema });
export type MoveDocumentInput = z.input<typeof moveDocumentSchema>;

/** Moving (renaming) a folder with everything under it. */
export const moveFolderSchema = z.object({
  from: folderPathSchema.refine((path) => path !== "", "Choose a folder to move; the top level stays where it is."),
  to: folderPathSchema,
});
export type MoveFolderInput = z.input<typeof moveFolderSchema>;
