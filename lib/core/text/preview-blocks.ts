import type { RenderResult } from "../template";

/** A run of preview text: plain, or a substituted value (or a missing tag) to highlight. */
export type Piece = { text: string; variable?: string; missing?: boolean };

/** The output as plain and highlighted pieces, within the preview's character budget. */
export function toPieces(result: RenderResult, maxHighlights: number, maxChars: number): Piece[] {
  if (result.segments.length > maxHighlights) return [{ text: result.text.slice(0, maxChars) }];
  const out: Piece[] = [];
  let position = 0;
  for (const segment of result.segments) {
    if (segment.start > position) out.push({ text: result.text.slice(position, segment.start) });
    out.push({ text: result.text.slice(segment.start, segment.end), variable: segment.variable, missing: segment.missing });
    position = segment.end;
  }
  out.push({ text: result.text.slice(position) });
  let budget = maxChars;
  return out.flatMap((piece) => {
    if (budget <= 0) return [];
    const text = piece.text.slice(0, budget);
    budget -= text.length;
    return [{ ...piece, text }];
  });
}

/** Groups pieces into blocks of whole lines; plain text is split at line ends, marks never. */
export function toBlocks(pieces: Piece[], linesPerBlock: number): Piece[][] {
  const blocks: Piece[][] = [[]];
  let lines = 0;
  for (const piece of pieces) {
    if (piece.variable !== undefined) {
      blocks[blocks.length - 1]!.push(piece);
      continue;
    }
    let rest = piece.text;
    while (rest) {
      let cut = -1;
      for (let i = 0; i < linesPerBlock - lines; i++) {
        cut = rest.indexOf("\n", cut + 1);
        if (cut === -1) break;
      }
      if (cut === -1) {
        blocks[blocks.length - 1]!.push({ text: rest });
        lines += (rest.match(/\n/g) ?? []).length;
        break;
      }
      blocks[blocks.length - 1]!.push({ text: rest.slice(0, cut + 1) });
      blocks.push([]);
      lines = 0;
      rest = rest.slice(cut + 1);
    }
  }
  return blocks.filter((block) => block.length > 0);
}
