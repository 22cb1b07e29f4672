import type { SourceRange } from "./types";

/** A tag's place in the source: `range` for people, offsets for the renderer. */
export interface Tagged {
  /** For a tag that opens a block: the range of the tag closing it, once parsed. */
  closeRange?: SourceRange;
  range: SourceRange;
  /** The tag exactly as written, which a lenient render leaves in place of a missing value. */
  raw: string;
}

export interface TextNode {
  type: "text";
  text: string;
}
