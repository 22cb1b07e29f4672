import { z } from "zod";
import { authorNameSchema, slugSchema } from "./documents";

export const presetNameSchema = z.string().trim().min(1, "Name the test case").max(80, "At most 80 characters");

export const savePresetSchema = z.object({
  slug: slugSchema,
  name: presetNameSchema,
  values: z.record(z.string(), z.unknown()),
  createdBy: authorNameSchema,
});
export type SavePresetInput = z.input<typeof savePresetSchema>;

export interface PresetSummary {
  name: string;
  values: Record<string, unknown>;
  createdBy: string;
  updatedAt: string;
}
