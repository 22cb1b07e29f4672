import { z } from "zod";

/** The head a refused save hands back (409), so the client can merge three ways. */
export const conflictDetailsSchema = z.object({
  head: z.object({
    number: z.number().int(),
    content: z.string(),
    authorName: z.string(),
    createdAt: z.string(),
  }),
});
export type ConflictDetails = z.infer<typeof conflictDetailsSchema>;
