import { can } from "@/lib/core/access/roles";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/**
 * Deletes one's own test case. Another person's reads as missing (404), exactly like a name
 * nobody uses. A test case without an owner (from before presets were personal) may be
 * deleted by those who may edit the document.
 */
export async function deletePreset({
  db = getDb(),
  access,
  name,
  userId,
}: {
  db?: Db;
  access: DocumentAccess;
  name: string;
  /** The person asking: their own test case of that name goes. */
  userId: string;
}) {
  const where = { ...ofTheDocument(access), name };
  const { count } = await db.preset.deleteMany({ where: { ...where, ownerId: userId } });
  const mayDeleteShared = can(access.role, "document.edit");
  const shared = count === 0 && mayDeleteShared ? (await db.preset.deleteMany({ where: { ...where, ownerId: null } })).count : 0;
  if (count + shared === 0) throw notFound(`There is no test case “${name}”.`);
  return { name };
}
