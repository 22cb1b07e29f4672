import { fencedRanges, insideRanges } from "../text/fences";
import type { LineIndex } from "../template/positions";
import type { Diagnostic } from "./types";

// Prompt sections: `<name>` or `<name attr="…">`, `</name>`; not `<br/>`, not `a < b`, not HTML comments.
const TAG = /<(\/?)([A-Za-z][\w.-]*)(?:\s[^<>]*?)?(\/?)>/g;

/**
 * XML-style section tags that do not balance: a closing tag with no opening one, one that
 * closes the wrong section (misnesting), and sections never closed. Tags in fenced code and
 * tags opened and closed on one line are fine as they are.
 */
export function lintXmlTags(text: string, lines: LineIndex): Diagnostic[] {
  const fences = fencedRanges(text);
  const open: { name: string; start: number; end: number }[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (start: number, end: number, message: string) =>
    diagnostics.push({ rule: "xml-tags", severity: "warning", message, range: lines.range(start, end) });

  for (const match of text.matchAll(TAG)) {
    const [whole, slash, name, selfClosing] = match;
    const start = match.index;
    if (selfClosing || insideRanges(fences, start)) continue;
    if (!slash) {
      open.push({ name: name!, start, end: start + whole.length });
      continue;
    }
    const at = open.findLastIndex((tag) => tag.name === name);
    if (at === -1) {
      report(start, start + whole.length, `\`</${name}>\` on line ${lines.position(start).line} closes a section that was never opened`);
      continue;
    }
    for (const inner of open.splice(at + 1)) {
      report(inner.start, inner.end, `\`<${inner.name}>\` on line ${lines.position(inner.start).line} is closed by \`</${name}>\` before its own \`</${inner.name}>\``);
    }
    open.pop();
  }
  for (const tag of open) report(tag.start, tag.end, `\`<${tag.name}>\` opened on line ${lines.position(tag.start).line} is never closed`);
  return diagnostics;
}
