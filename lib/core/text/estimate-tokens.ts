/** A text whose tokens were counted exactly: the saved version the draft started from. */
export interface TokenBasis {
  characters: number;
  tokens: number;
}

// o200k_base averages about four characters per token on English prose; used only when the
// counted text is empty and so says nothing about this document's ratio.
const CHARACTERS_PER_TOKEN = 4;

/**
 * Tokens of a text of `characters` characters, estimated from a counted text of the same
 * document: its count, moved by the characters added or removed at that text's own ratio of
 * tokens to characters (prose, code and markup each tokenize differently, and a document's
 * edits are mostly more of the same).
 */
export function estimateTokens(characters: number, basis: TokenBasis): number {
  if (basis.characters === 0) return Math.round(characters / CHARACTERS_PER_TOKEN);
  const perCharacter = basis.tokens / basis.characters;
  return Math.max(0, Math.round(basis.tokens + (characters - basis.characters) * perCharacter));
}
