/**
 * `text` cut into pieces of about `size` characters whose token counts add up to the whole's,
 * so a long text can be counted a piece at a time, yielding in between.
 *
 * The cuts fall right after a line break that a letter follows. o200k_base first splits text
 * with a pattern in which nothing that holds a line break runs on into a letter (words take an
 * optional leading character other than a line break; whitespace and punctuation runs end at
 * line breaks or `/`), so every such place already separates two of its pieces, in the whole
 * text and in the parts alike, and the tokens are found within pieces. A text with no such
 * place for long (one huge line) stays in one part.
 */
export function tokenChunks(text: string, size = 32_768): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const cut = cutAfter(text, start + size);
    if (cut < 0) break;
    chunks.push(text.slice(start, cut));
    start = cut;
  }
  chunks.push(text.slice(start));
  return chunks;
}

const LETTER = /\p{L}/u;

/** The first index at or after `from` that follows a line break and starts with a letter, or -1. */
function cutAfter(text: string, from: number): number {
  for (let newline = text.indexOf("\n", from - 1); newline >= 0; newline = text.indexOf("\n", newline + 1)) {
    const next = text.codePointAt(newline + 1);
    if (next !== undefined && LETTER.test(String.fromCodePoint(next))) return newline + 1;
  }
  return -1;
}
