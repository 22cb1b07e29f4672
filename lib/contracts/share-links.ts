import { z } from "zod";
import { versionNumberSchema } from "./documents";
import { labelNameSchema } from "./labels";
import { templateValuesSchema } from "./values";

/** What a share link's holder may do: see the rendered preview (and fill its variables), also read the source, or edit as a member. */
export const SHARE_ACCESS = ["preview", "source", "edit"] as const;
export type ShareAccess = (typeof SHARE_ACCESS)[number];

export const SHARE_ACCESS_LABELS: Record<ShareAccess, string> = {
  preview: "Rendered preview and variables",
  source: "Preview and source",
  edit: "Edit (signed-in members only)",
};

/** What the link shows: always the newest version, one fixed version, or whatever a label points at. */
export const shareTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("head") }),
  z.object({ kind: z.literal("version"), version: versionNumberSchema }),
  z.object({ kind: z.literal("label"), label: labelNameSchema }),
]);
export type ShareTarget = z.infer<typeof shareTargetSchema>;

export const shareValuesSchema = templateValuesSchema.refine((values) => JSON.stringify(values).length <= 64 * 1024, "Prefilled values are over 64 KB");

export const createShareLinkSchema = z.object({
  target: shareTargetSchema,
  access: z.enum(SHARE_ACCESS),
  values: shareValuesSchema.default({}),
  /** null: the link does not expire. */
  expiresInHours: z.number().int().min(1).max(24 * 365).nullable().default(null),
});
export type CreateShareLinkInput = z.input<typeof createShareLinkSchema>;

export function describeShareTarget(target: ShareTarget): string {
  switch (target.kind) {
    case "head":
      return "Newest version";
    case "version":
      return `Version ${target.version}`;
    case "label":
      return `Label “${target.label}”`;
  }
}
