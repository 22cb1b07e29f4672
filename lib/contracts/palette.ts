import { z } from "zod";

/** What the command palette sends to look documents up: the text typed, trimmed and capped. */
export const documentLookupSchema = z.string().trim().max(120, "At most 120 characters");

/** One document the palette offers: enough to show and open it, never its contents. */
export interface DocumentLookupHit {
  slug: string;
  title: string;
  workspaceName: string;
  archived: boolean;
}
