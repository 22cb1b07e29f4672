import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

export async function deletePreset({ db = getDb(), slug, name }: { db?: Db; slug: string; name: string }) {
  const { count } = await db.preset.deleteMany({ where: { name, document: { slug } } });
  if (count === 0) throw notFound(`There is no test case “${name}”.`);
  return { name };
}
