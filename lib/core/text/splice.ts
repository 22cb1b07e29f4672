/** The single replacement that turns `before` into `after`: what changed between a common start and end. */
export interface Splice {
  index: number;
  remove: number;
  insert: string;
}

/**
 * Replacing only the changed middle of a text (instead of all of it) keeps cursors, remote
 * selections and concurrent edits elsewhere in the document where they were.
 */
export function textSplice(before: string, after: string): Splice | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair: an emoji is replaced whole or not at all.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
