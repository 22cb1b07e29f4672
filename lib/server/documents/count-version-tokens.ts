import { countText } from "@/lib/core/text/counts";
import { tokenChunks } from "@/lib/core/text/token-chunks";
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
/** Counts under way: people opening a new version at once share one count. */
const counting = new Map<string, Promise<{ characters: number; tokens: number }>>();
let tokenizer: Promise<typeof import("@/lib/core/text/count-tokens")> | null = null;

/**
 * Tokens of `text`, counted a part at a time (parts whose counts add up to the whole's), giving
 * the event loop back between parts: a 2 MB version takes a few hundred ms of CPU to count, and
 * no request may hold the server that long.
 */
async function countTokensInParts(text: string): Promise<number> {
  tokenizer ??= import("@/lib/core/text/count-tokens");
  const { countTextTokens } = await tokenizer;
  let tokens = 0;
  for (const part of tokenChunks(text)) {
    tokens += countTextTokens(part);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return tokens;
}

/** Characters and exact o200k_base tokens of version `number` of the document. */
export async function countVersionTokens({ db = getDb(), access, number }: { db?: Db; access: DocumentAccess; number: number }): Promise<VersionTokenCount> {
  const version = await db.version.findFirst({ where: { ...ofTheDocument(access), number }, select: { id: true } });
  if (!version) throw notFound(`Document "${access.slug}" has no version ${number}.`);
  const hit = held.get(version.id);
  if (hit) return { number, ...hit };
  let pending = counting.get(version.id);
  if (!pending) {
    pending = countVersion(db, version.id).finally(() => counting.delete(version.id));
    counting.set(version.id, pending);
  }
  const counted = await pending;
  held.set(version.id, counted);
  if (held.size > MAX_HELD) held.delete(held.keys().next().value!);
  return { number, ...counted };
}

async function countVersion(db: Db, id: string): Promise<{ characters: number; tokens: number }> {
  const { content } = await db.version.findUniqueOrThrow({ where: { id }, select: { content: true } });
  return { characters: countText(content).characters, tokens: await countTokensInParts(content) };
}
