import type { PresetSummary } from "@/lib/contracts/presets";
import { getDb, type Db } from "../db/client";

/** A document's saved test cases, by name. */
export async function listPresets({ db = getDb(), slug }: { db?: Db; slug: string }): Promise<PresetSummary[]> {
  const presets = await db.preset.findMany({ where: { document: { slug } }, orderBy: { name: "asc" } });
  return presets.map((preset) => ({
    name: preset.name,
    values: JSON.parse(preset.values) as Record<string, unknown>,
    createdBy: preset.createdBy,
    updatedAt: preset.updatedAt.toISOString(),
  }));
}
