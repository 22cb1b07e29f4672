import { countText } from "@/lib/core/text/counts";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

export interface VersionTokenCount {
  number: number;
  /** Unicode code points, as the workbench counts them. */
  characters: number;
  /** o200k_base tokens of the version's text, exact. */
  tokens: number;
}

// A version's text never changes and its id is never reused, so a count is kept by id for the
// life of the process. Counting is the expensive part (the tokenizer's tables are a megabyte,
// loaded on the first count; a 100 KB text takes tens of ms), which is why it happens here once
// per version instead of in every browser that opens the page.
const MAX_HELD = 20_000;
const held = new Map<string, { characters: number; tokens: number }>();
let tokenizer: Promise<(text: string) => number> | null = null;

function countTokens(text: string): Promise<number> {
  tokenizer ??= import("gpt-tokenizer/encoding/o200k_base").then((module) => module.countTokens);
  return tokenizer.then((count) => count(text));
}

/** Characters and exact o200k_base tokens of version `number` of the document. */
export async function countVersionTokens({ db = getDb(), access, number }: { db?: Db; access: DocumentAccess; number: number }): Promise<VersionTokenCount> {
  const version = await db.version.findFirst({ where: { ...ofTheDocument(access), number }, select: { id: true } });
  if (!version) throw notFound(`Document "${access.slug}" has no version ${number}.`);
  const hit = held.get(version.id);
  if (hit) return { number, ...hit };
  const { content } = await db.version.findUniqueOrThrow({ where: { id: version.id }, select: { content: true } });
  const counted = { characters: countText(content).characters, tokens: await countTokens(content) };
  held.set(version.id, counted);
  if (held.size > MAX_HELD) held.delete(held.keys().next().value!);
  return { number, ...counted };
}
