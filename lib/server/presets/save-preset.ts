import { MAX_PRESET_BYTES, MAX_PRESETS_PER_PERSON, savePresetSchema, type SavePresetInput } from "@/lib/contracts/presets";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { AppError, notFound } from "../errors";

/**
 * Saves named variable values for a document as the owner's own test case; saving under a name
 * the owner already uses replaces theirs. Someone else's test case of the same name is a
 * different one and stays untouched.
 */
export async function savePreset({
  db = getDb(),
  access,
  input,
  owner,
}: {
  db?: Db;
  access: DocumentAccess;
  input: SavePresetInput;
  owner: { id: string; name: string };
}) {
  const { name, values } = savePresetSchema.parse(input);
  const json = JSON.stringify(values);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > MAX_PRESET_BYTES) {
    throw new AppError(
      "payload_too_large",
      `These values take ${Math.ceil(bytes / 1024)} KB; a test case holds at most ${MAX_PRESET_BYTES / 1024} KB.`,
    );
  }
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: theDocument(access), select: { id: true } });
    if (!doc) throw notFound(`There is no document "${access.slug}".`);
    const mine = { documentId: doc.id, ownerId: owner.id };
    const existing = await tx.preset.findFirst({ where: { ...mine, name }, select: { id: true } });
    if (existing) {
      await tx.preset.update({ where: { id: existing.id }, data: { values: json, ownerName: owner.name } });
    } else {
      if ((await tx.preset.count({ where: mine })) >= MAX_PRESETS_PER_PERSON) {
        throw new AppError("unprocessable", `You have ${MAX_PRESETS_PER_PERSON} test cases for this document: delete one before saving another.`);
      }
      await tx.preset.create({ data: { ...mine, name, values: json, ownerName: owner.name } });
    }
    return { name };
  });
}
