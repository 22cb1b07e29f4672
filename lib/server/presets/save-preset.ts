import { savePresetSchema, type SavePresetInput } from "@/lib/contracts/presets";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/** Saves named variable values for a document; saving under an existing name replaces them. */
export async function savePreset({ db = getDb(), input }: { db?: Db; input: SavePresetInput }) {
  const { slug, name, values, createdBy } = savePresetSchema.parse(input);
  const doc = await db.document.findUnique({ where: { slug }, select: { id: true } });
  if (!doc) throw notFound(`There is no document "${slug}".`);
  const json = JSON.stringify(values);
  await db.preset.upsert({
    where: { documentId_name: { documentId: doc.id, name } },
    create: { documentId: doc.id, name, values: json, createdBy },
    update: { values: json, createdBy },
  });
  return { name };
}
