import type { MustacheBlockNode, MustacheNode, MustacheParentNode, MustacheSectionNode } from "../ast";
import { FenceCursor } from "../../text/fences";
import { MAX_PROBLEMS, lineOf, quoteTag, rangeOf, rawOf, type TemplateOrigin } from "../positions";
import type { TemplateProblem } from "../types";
import { TextNodes } from "../text-nodes";
import { NON_PRINTING, blankLineStart, lineEndAfter, readTag, type MustacheTag } from "./tags";

type Container = MustacheSectionNode | MustacheParentNode | MustacheBlockNode;
/** Children of every container that has none; never written to (see `emit`). */
const NO_CHILDREN: MustacheNode[] = [];

/** A line holding only blanks and tags that print nothing: the whole line vanishes. */
interface StandaloneRun {
  /** Tags of the run not yet handled. */
  remaining: number;
  lineStart: number;
  /** Where output resumes after the run's last tag. */
  resume: number;
  /** Blanks before the run's first tag. */
  indent: string;
  first: boolean;
}

/**
 * Parses mustache, spec-complete but for lambdas: variables, `{{{ }}}` and `{{& }}`, sections,
 * inverted sections, comments, partials (also dynamic, `{{>*name}}`), set delimiters and the
 * inheritance module (`{{<parent}}`, `{{$block}}`), with the standalone-line rules. One pass,
 * explicit stack, no scan ever goes back past the previous tag: linear in the source at any
 * depth or line length. Never throws: what cannot be parsed becomes a problem and stays as text.
 */
export function parseMustache(
  origin: TemplateOrigin,
  fences: readonly [number, number][] | null,
): { nodes: MustacheNode[]; problems: TemplateProblem[]; dropped: number } {
  const { source, lines } = origin;
  const problems: TemplateProblem[] = [];
  const root: MustacheNode[] = [];
  // The open containers, the lists they were pushed to and the names that close them, as
  // parallel arrays: no object per nesting level.
  const stack: Container[] = [];
  const parents: MustacheNode[][] = [];
  const closeNames: string[] = [];
  const fenceCursor = fences ? new FenceCursor(fences) : null;
  let out = root;
  // The container whose children `out` is (null: the root). A container starts with the shared
  // empty list and gets its own array, exactly sized, with its first child: a deep document
  // makes no spare-capacity array per level, and empty sections make none at all.
  let owner: Container | null = null;
  const emit = (node: MustacheNode) => {
    if (out === NO_CHILDREN) {
      out = [node];
      owner!.children = out;
    } else out.push(node);
  };
  let open = "{{";
  let close = "}}";
  let cursor = 0; // start of text not yet emitted
  let scan = 0;
  let floor = 0; // where the previous tag's output ended: standalone checks never look before it
  let run: StandaloneRun | null = null;
  // One name string and one path array per distinct name: a big document repeats its few
  // names thousands of times, and fewer surviving objects make the parse cheaper to collect.
  const names = new Map<string, { name: string; path: string[] }>();

  let dropped = 0;
  // Past the cap, a problem is only counted (the caller reports how many more there were).
  const problem = (start: number, end: number, message: string, code: string) => {
    if (problems.length >= MAX_PROBLEMS) dropped++;
    else problems.push({ code, severity: "error", message, range: lines.range(start, end) });
  };
  const texts = new TextNodes();
  const text = (end: number) => {
    if (end > cursor) emit(texts.node(source, cursor, end));
  };

  for (;;) {
    const start = source.indexOf(open, scan);
    if (start === -1) break;
    if (fenceCursor?.inside(start)) {
      scan = start + open.length;
      continue;
    }
    const tag = readTag(source, start, open, close);
    if (!tag) {
      problem(start, start + open.length, `\`${open}\` on line ${lines.position(start).line} is never closed with \`${close}\``, "unclosed-tag");
      break;
    }
    const { end } = tag;
    if (!run && NON_PRINTING.has(tag.sigil)) run = standaloneRun(tag, floor);
    let textEnd = start;
    let resume = end;
    let inRun = false;
    let runIndent = "";
    if (run) {
      inRun = true;
      if (run.first) {
        textEnd = run.lineStart;
        runIndent = run.indent;
      }
      run.first = false;
      if (--run.remaining === 0) {
        resume = run.resume;
        run = null;
      }
    }
    text(textEnd);
    cursor = resume;
    scan = resume;
    floor = resume;
    handle(tag, textEnd, resume, inRun, runIndent);
  }
  text(source.length);
  for (const node of stack) {
    if (node.type === "block") node.contentEnd = source.length;
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      continue;
    }
    problems.push({
      code: "unclosed-section",
      severity: "error",
      message: `\`${quoteTag(rawOf(node))}\` opened on line ${lineOf(node)} is never closed`,
      range: rangeOf(node),
    });
  }
  return { nodes: root, problems, dropped };

  function handle(tag: MustacheTag, textEnd: number, resume: number, standalone: boolean, indent: string) {
    const { start, end, sigil, body } = tag;
    if (sigil === "!") return;
    // A closing tag needs its text and range only when it is wrong or closes a block.
    if (sigil === "/") return closeTag(body, start, end, textEnd);
    if (sigil === "=") {
      if (tag.delimiters) [open, close] = tag.delimiters;
      else problem(start, end, `\`${quoteTag(source.slice(start, end))}\` does not set two delimiters, e.g. \`{{=<% %>=}}\``, "bad-delimiters");
      return;
    }
    if (body === "" || ((sigil === ">" || sigil === "<") && body === "*")) {
      const raw = source.slice(start, end);
      problem(start, end, `\`${quoteTag(raw)}\` on line ${lines.position(start).line} has no name`, "empty-tag");
      emit({ type: "text", text: raw });
      return;
    }
    const dynamic = (sigil === ">" || sigil === "<") && body.startsWith("*");
    const { name, path } = interned(dynamic ? body.slice(1).trim() : body);
    switch (sigil) {
      case "#":
      case "^":
        push({ type: "section", name, path, inverted: sigil === "^", children: NO_CHILDREN, start, end, origin }, body);
        return;
      case "<":
        push({ type: "parent", name, dynamic, indent, children: NO_CHILDREN, start, end, origin, closeEnd: -1 }, body);
        return;
      case "$":
        push({ type: "block", name, children: NO_CHILDREN, contentStart: resume, contentEnd: resume, standalone, before: indent, start, end, origin, closeEnd: -1 }, body);
        return;
      case ">":
        emit({ type: "partial", name, dynamic, indent, start, end, origin });
        return;
      default:
        emit({ type: "variable", name, path, escape: sigil !== "&", start, end, origin });
    }
  }

  function interned(name: string) {
    let entry = names.get(name);
    if (!entry) {
      entry = { name, path: name === "." ? ["."] : name.split(".") };
      names.set(name, entry);
    }
    return entry;
  }

  function push(node: Container, closeName: string) {
    emit(node);
    stack.push(node);
    parents.push(out);
    closeNames.push(closeName);
    out = NO_CHILDREN;
    owner = node;
  }

  function closeTag(body: string, start: number, end: number, textEnd: number) {
    const depth = stack.length - 1;
    const top = depth >= 0 ? stack[depth]! : null;
    if (!top || closeNames[depth] !== body) {
      const raw = source.slice(start, end);
      const line = lines.position(start).line;
      if (!top) problem(start, end, `\`${quoteTag(raw)}\` on line ${line} closes nothing`, "unopened-section");
      else {
        problem(start, end, `\`${quoteTag(raw)}\` on line ${line} does not match \`${quoteTag(rawOf(top))}\` opened on line ${lineOf(top)}`, "mismatched-section");
      }
      return;
    }
    stack.pop();
    closeNames.pop();
    out = parents.pop()!;
    owner = stack.length > 0 ? stack[stack.length - 1]! : null;
    if (top.type === "block") top.contentEnd = textEnd;
    if (top.type !== "section") top.closeEnd = end;
    // A grown array keeps spare room; an exact copy makes deep documents far lighter to keep.
    const children = top.children;
    if (children.length > 1 && children.length < 16) top.children = children.slice();
  }

  /**
   * When `first` is the first thing on its line, the run of tags that follow it back to back,
   * if they all print nothing and only blanks follow them to the line's end. A lone partial is
   * the only partial such a run may hold (its blanks become its indentation); an empty block
   * (`{{$b}}{{/b}}`) keeps its line's newline so its content lands as a line of its own.
   */
  function standaloneRun(first: MustacheTag, from: number): StandaloneRun | null {
    const lineStart = blankLineStart(source, first.start, from, from === 0 || source[from - 1] === "\n");
    if (lineStart === null) return null;
    // Only counts are kept: a line of a million tags must not keep a million tag objects alive.
    let count = 1;
    let partials = first.sigil === ">" ? 1 : 0;
    let emptyBlock = false;
    let o = first.delimiters ? first.delimiters[0] : open;
    let c = first.delimiters ? first.delimiters[1] : close;
    let end = first.end;
    while (source.startsWith(o, end)) {
      const next = readTag(source, end, o, c);
      if (!next || !NON_PRINTING.has(next.sigil)) return null;
      if (next.delimiters) [o, c] = next.delimiters;
      if (next.sigil === ">") partials++;
      count++;
      emptyBlock = count === 2 && first.sigil === "$" && next.sigil === "/" && next.body === first.body;
      end = next.end;
    }
    const after = lineEndAfter(source, end);
    if (!after) return null;
    if (count > 1 && partials > 0) return null;
    return { remaining: count, lineStart, resume: emptyBlock ? after.newline : after.next, indent: source.slice(lineStart, first.start), first: true };
  }
}
