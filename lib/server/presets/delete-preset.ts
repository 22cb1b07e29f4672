import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/**
 * Deletes one's own test case. Another person's reads as missing (404), exactly like a name
 * nobody uses. A test case without an owner (from before presets were personal) may be
 * deleted by those who may edit the document.
 */
export async function deletePreset({
  db = getDb(),
  slug,
  name,
  userId,
  mayDeleteShared,
}: {
  db?: Db;
  slug: string;
  name: string;
  userId: string;
  mayDeleteShared: boolean;
}) {
  const { count } = await db.preset.deleteMany({ where: { name, document: { slug }, userId } });
  const shared = count === 0 && mayDeleteShared ? (await db.preset.deleteMany({ where: { name, document: { slug }, userId: null } })).count : 0;
  if (count + shared === 0) throw notFound(`There is no test case “${name}”.`);
  return { name };
}
