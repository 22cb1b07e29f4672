import path from "node:path";
import * as Y from "yjs";
import { auditActor } from "@/lib/server/access/actor";
import { authorizeDocument } from "@/lib/server/access/authorize";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { databaseDraftStore } from "@/lib/server/collab/live-draft-store";
import { createDb, type Db } from "@/lib/server/db/client";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { setLabelProtection } from "@/lib/server/labels/set-label-protection";
import { signUpOwner } from "./sign-up-owner";

// What e2e/instances.spec.ts does to the database directly (see instances-fixture-client.ts).

import type { Command } from "./instances-fixture-client";

async function owner(db: Db) {
  const user = await db.user.findUniqueOrThrow({ where: { email: "bench@example.com" } });
  return { type: "user" as const, id: user.id, name: user.name, email: user.email };
}

async function signUp(base: string, name: string, email: string): Promise<string> {
  const auth = (what: string) =>
    fetch(`${base}/api/auth/${what}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ name, email, password: "instances-password-1" }),
    });
  if (!(await auth("sign-up/email")).ok) throw new Error(`could not sign up ${email}`);
  const response = await auth("sign-in/email");
  if (!response.ok) throw new Error(`could not sign in ${email}`);
  return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}

async function run(db: Db, command: Command, args: string[]): Promise<unknown> {
  switch (command) {
    case "setup": {
      const [base] = args as [string];
      const signedUp = await signUpOwner(base, db);
      const editorCookie = await signUp(base, "Ed Editor", "ed@example.com");
      const ed = await db.user.findUniqueOrThrow({ where: { email: "ed@example.com" } });
      await db.membership.create({ data: { workspaceId: signedUp.workspaceId, userId: ed.id, role: "editor" } });
      return { owner: { cookie: signedUp.cookie, workspaceId: signedUp.workspaceId, name: signedUp.user.name }, editor: { cookie: editorCookie, name: ed.name } };
    }
    case "document": {
      const [workspaceId, slug, content] = args as [string, string, string];
      await importDocumentFile({ db, workspaceId, fileName: `${slug}.md`, bytes: new TextEncoder().encode(content), authorName: "Bench Owner" });
      const { id } = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      return { slug, documentId: id };
    }
    case "protect": {
      const [slug, name] = args as [string, string];
      const user = await owner(db);
      const access = await authorizeDocument({ db, actor: user, slug, permission: "label.protect" });
      return setLabelProtection({ db, access, actor: auditActor(user), name, isProtected: true });
    }
    case "api-key": {
      const [workspaceId] = args as [string];
      const { key } = await createApiKey({ db, workspaceId, actor: auditActor(await owner(db)), input: { name: "race", role: "editor" } });
      return { key };
    }
    case "versions": {
      const [slug] = args as [string];
      const versions = await db.version.findMany({ where: { document: { slug } }, orderBy: { number: "asc" }, select: { number: true } });
      return versions.map((version) => version.number);
    }
    case "draft-text": {
      const [documentId] = args as [string];
      const { state } = await databaseDraftStore(db).load(documentId);
      const doc = new Y.Doc();
      if (state) Y.applyUpdate(doc, state);
      return doc.getText("content").toString();
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const [databaseUrl, command, ...args] = process.argv.slice(2) as [string, Command, ...string[]];
  const db = createDb(databaseUrl);
  run(db, command, args)
    .then((result) => console.log(JSON.stringify(result ?? null)))
    .finally(() => db.$disconnect())
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
