import type { PresetSummary } from "@/lib/contracts/presets";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { readJsonColumn, valuesColumn } from "../db/json-column";

/** One person's test cases for a document, by name, and those without an owner (read-only). */
export async function listPresets({ db = getDb(), access, userId }: { db?: Db; access: DocumentAccess; userId: string }): Promise<PresetSummary[]> {
  const presets = await db.preset.findMany({
    where: { ...ofTheDocument(access), OR: [{ ownerId: userId }, { ownerId: null }] },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
  return presets.map((preset) => ({
    name: preset.name,
    values: readJsonColumn(preset.values, { schema: valuesColumn, fallback: {}, column: "Preset.values" }),
    ownerName: preset.ownerName,
    updatedAt: preset.updatedAt.toISOString(),
    mine: preset.ownerId === userId,
  }));
}
