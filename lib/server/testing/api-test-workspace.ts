import { createApiKey } from "../api-keys/create-api-key";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, createTestMember, useAsDefaultDb } from "./test-db";

/**
 * For tests of the API: a fresh database made the default (route handlers take no `db`), an
 * owner in a workspace of their own, an editor API key of that workspace, and a way to add
 * documents from text as an import would.
 */
export async function createApiTestWorkspace(keyName: string) {
  const env = createTestDb();
  useAsDefaultDb(env.db);
  const member = await createTestMember(env.db);
  const { key } = await createApiKey({ db: env.db, workspaceId: member.workspaceId, actor: member.actor, input: { name: keyName, role: "editor" } });
  const addDocument = (fileName: string, content: string) =>
    importDocumentFile({ db: env.db, workspaceId: member.workspaceId, fileName, bytes: new TextEncoder().encode(content), authorName: "t" });
  return { env, member, key, addDocument };
}
