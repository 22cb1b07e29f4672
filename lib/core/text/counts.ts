export interface TextCounts {
  /** Unicode code points, so an emoji counts once. */
  characters: number;
  words: number;
  lines: number;
}

/** Characters, words and lines in one pass, without splitting the text into arrays. */
export function countText(text: string): TextCounts {
  let characters = 0;
  let words = 0;
  let lines = text.length === 0 ? 0 : 1;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair belongs to the character before it.
    if (code < 0xdc00 || code > 0xdfff) characters++;
    if (code === 10) lines++;
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { characters, words, lines };
}
