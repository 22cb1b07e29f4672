import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

/**
 * o200k_base tokens of `text`, read as text throughout. A prompt about prompts may well
 * contain `<|endoftext|>`; the tokenizer refuses such text by default (it throws), where a
 * model's API reads it as ordinary characters. Imported only by the counting worker and the
 * server: the tokenizer's tables are a megabyte.
 */
export function countTextTokens(text: string): number {
  return countTokens(text, { disallowedSpecial: new Set() });
}
