import { z } from "zod";
import { getDb, type Db } from "../db/client";
import { displayPrefix, generateApiKey, hashApiKey } from "./key-material";

export const createApiKeySchema = z.object({ name: z.string().trim().min(1, "Name the key after what uses it").max(80) });

/** Creates a key and returns it in full, the only time it is ever available. */
export async function createApiKey({ db = getDb(), input }: { db?: Db; input: z.input<typeof createApiKeySchema> }) {
  const { name } = createApiKeySchema.parse(input);
  const key = generateApiKey();
  const row = await db.apiKey.create({
    data: { name, prefix: displayPrefix(key), hash: hashApiKey(key) },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, key };
}
