import { LineIndex } from "../template/positions";
import type { Diagnostic } from "./types";

// Windows-1252 maps bytes 0x80-0x9F to these characters; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are
// unassigned and decode (as in Latin-1) to the C1 controls of the same code.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH[i]!, 0x80 + i);
for (let b = 0xa0; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);

const CONTINUATION = `[${CP1252_HIGH}\u00A0-\u00BF]`;
// A UTF-8 lead byte (0xC2-0xF4, read as Â…ô) followed by the continuation bytes it needs.
const CANDIDATE = new RegExp(`[\u00C2-\u00DF]${CONTINUATION}|[\u00E0-\u00EF]${CONTINUATION}{2}|[\u00F0-\u00F4]${CONTINUATION}{3}`, "g");
const decoder = new TextDecoder("utf-8", { fatal: true });

export interface MojibakeFinding {
  start: number;
  end: number;
  garbled: string;
  intended: string;
}

/**
 * Text that was UTF-8, decoded as Windows-1252 or Latin-1 (`ðŸš¨` for 🚨, `â€”` for —, `Ã©`
 * for é). Each finding re-encodes the garbled characters to their bytes and decodes them as
 * UTF-8; only sequences that decode cleanly count, so real accented text is left alone.
 */
export function findMojibake(text: string): MojibakeFinding[] {
  const findings: MojibakeFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const bytes = Uint8Array.from([...match[0]].map((char) => BYTE_OF.get(char) ?? 0));
    let intended: string;
    try {
      intended = decoder.decode(bytes);
    } catch {
      continue;
    }
    const start = match.index;
    const previous = findings[findings.length - 1];
    // Neighbouring findings (an emoji followed by a variation selector) become one.
    if (previous && previous.end === start) {
      previous.end += match[0].length;
      previous.garbled += match[0];
      previous.intended += intended;
    } else {
      findings.push({ start, end: start + match[0].length, garbled: match[0], intended });
    }
  }
  return findings;
}

/** Every garbled sequence restored; everything else byte for byte as it was. */
export function fixMojibake(text: string): string {
  let out = "";
  let position = 0;
  for (const finding of findMojibake(text)) {
    out += text.slice(position, finding.start) + finding.intended;
    position = finding.end;
  }
  return out + text.slice(position);
}

export function lintMojibake(text: string, lines: LineIndex): Diagnostic[] {
  const findings = findMojibake(text);
  if (findings.length === 0) return [];
  const fixAll = {
    title: `Fix all ${findings.length} garbled characters`,
    edits: findings.map((f) => ({ range: lines.range(f.start, f.end), text: f.intended })),
  };
  return findings.map((f) => ({
    rule: "mojibake",
    severity: "warning" as const,
    message: `“${f.garbled}” looks like “${f.intended}” read with the wrong encoding (UTF-8 decoded as Windows-1252).`,
    range: lines.range(f.start, f.end),
    fix: fixAll,
  }));
}
