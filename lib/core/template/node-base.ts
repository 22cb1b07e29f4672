import type { TemplateOrigin } from "./positions";

/**
 * A tag's place in the source, as offsets into `origin.source`. Lines, columns and the tag's
 * text are derived only when something asks (`rangeOf`, `rawOf` in positions.ts): a megabyte
 * of tags would otherwise keep a range, two positions and a string alive per tag.
 */
export interface Tagged {
  start: number;
  end: number;
  /** The source these offsets point into and its line index: one object per parse. */
  origin: TemplateOrigin;
  /** For a tag that opens a block: where the tag closing it ends, -1 until it is parsed. */
  closeEnd?: number;
}

export interface TextNode {
  type: "text";
  text: string;
}
