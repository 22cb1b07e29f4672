import { z } from "zod";

export const presetNameSchema = z.string().trim().min(1, "Name the test case").max(80, "At most 80 characters");

/** A test case holds variable values, not documents: 64 KiB of JSON is plenty and bounds storage. */
export const MAX_PRESET_BYTES = 64 * 1024;
/** Per person and document, so nobody fills a document's storage (or their own list) without end. */
export const MAX_PRESETS_PER_PERSON = 50;

export const savePresetSchema = z.object({
  name: presetNameSchema,
  values: z.record(z.string(), z.unknown()),
});
export type SavePresetInput = z.input<typeof savePresetSchema>;

export interface PresetSummary {
  name: string;
  values: Record<string, unknown>;
  /** Whose it is (for a test case from before presets were personal: who saved it). */
  ownerName: string;
  updatedAt: string;
  /** False for a test case from before presets were personal: listed read-only. */
  mine: boolean;
}
