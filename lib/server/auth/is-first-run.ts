import { getDb, type Db } from "../db/client";

/**
 * True until the first account exists: the setup page is open and every other page sends
 * visitors to it. Once anyone has signed up, setup is gone for good.
 */
export async function isFirstRun({ db = getDb() }: { db?: Db } = {}): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) === null;
}
