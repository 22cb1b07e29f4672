import { FenceCursor } from "../../text/fences";
import { IntStack } from "../int-stack";
import { MAX_PROBLEMS, quoteTag, type TemplateOrigin } from "../positions";
import type { TemplateProblem } from "../types";
import { isNonPrinting, blankLineStart, lineEndAfter, readTag, type MustacheTag } from "./tags";
import { BLOCK, CLOSE_END, CONTENT_END, CONTENT_START, DYNAMIC, INDENT, INVERTED, MustacheTree, PARENT, PARTIAL, RAW_VARIABLE, SECTION, STANDALONE, TEXT, VARIABLE } from "./tree";

// Texts between tags this short are interned: a document repeats them (a space, a newline), and
// one shared string costs less than a copy per gap. Longer ones rarely repeat.
const MAX_INTERNED_TEXT = 16;

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
): { tree: MustacheTree; problems: TemplateProblem[]; dropped: number } {
  const { source, lines } = origin;
  const problems: TemplateProblem[] = [];
  const tree = new MustacheTree(origin);
  // The open containers, as their indexes in the tree: no object per nesting level. A
  // container closes with its name, or for a dynamic one (`{{<*name}}`) with its tag's body.
  const stack = new IntStack();
  const dynamicCloseNames = new Map<number, string>();
  const fenceCursor = fences ? new FenceCursor(fences) : null;
  let open = "{{";
  let close = "}}";
  let cursor = 0; // start of text not yet emitted
  let scan = 0;
  let floor = 0; // where the previous tag's output ended: standalone checks never look before it
  let run: StandaloneRun | null = null;
  // One name string and one path array per distinct name: a big document repeats its few
  // names thousands of times, and fewer surviving objects make the parse cheaper to collect.
  const names = new Map<string, number>();

  let dropped = 0;
  // Past the cap, a problem is only counted (the caller reports how many more there were).
  const problem = (start: number, end: number, message: string, code: string) => {
    if (problems.length >= MAX_PROBLEMS) dropped++;
    else problems.push({ code, severity: "error", message, range: lines.range(start, end) });
  };
  const texts = new Map<string, number>();
  const text = (end: number) => {
    if (end > cursor) tree.add(TEXT, cursor, end, textRef(source.slice(cursor, end)));
  };
  const textRef = (value: string) => {
    let ref = value.length <= MAX_INTERNED_TEXT ? texts.get(value) : undefined;
    if (ref === undefined) {
      ref = tree.texts.push(value) - 1;
      if (value.length <= MAX_INTERNED_TEXT) texts.set(value, ref);
    }
    return ref;
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
    if (!run && isNonPrinting(tag.sigil)) run = standaloneRun(tag, floor);
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
  for (let s = 0; s < stack.length; s++) {
    const node = stack.at(s);
    tree.next[node] = tree.length;
    if (tree.kind(node) === BLOCK) tree.setExtra(node, CONTENT_END, source.length);
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      continue;
    }
    const start = tree.starts[node]!;
    const end = tree.ends[node]!;
    problems.push({
      code: "unclosed-section",
      severity: "error",
      message: `\`${quoteTag(source.slice(start, end))}\` opened on line ${lines.position(start).line} is never closed`,
      range: lines.range(start, end),
    });
  }
  return { tree, problems, dropped };

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
      tree.add(TEXT, start, end, textRef(raw));
      return;
    }
    const dynamic = (sigil === ">" || sigil === "<") && body.startsWith("*");
    const name = interned(dynamic ? body.slice(1).trim() : body);
    switch (sigil) {
      case "#":
      case "^":
        stack.push(tree.add(sigil === "^" ? INVERTED : SECTION, start, end, name));
        return;
      case "<":
      case ">": {
        const node = tree.addWithExtra((sigil === "<" ? PARENT : PARTIAL) | (dynamic ? DYNAMIC : 0), start, end, name);
        tree.setExtra(node, INDENT, indent.length);
        if (sigil === ">") return;
        stack.push(node);
        if (dynamic) dynamicCloseNames.set(node, body);
        return;
      }
      case "$": {
        const node = tree.addWithExtra(BLOCK | (standalone ? STANDALONE : 0), start, end, name);
        tree.setExtra(node, INDENT, indent.length);
        tree.setExtra(node, CONTENT_START, resume);
        tree.setExtra(node, CONTENT_END, resume);
        stack.push(node);
        return;
      }
      default:
        tree.add(sigil === "&" ? RAW_VARIABLE : VARIABLE, start, end, name);
    }
  }

  /** The index of `name` in the tree's names, added on its first use. */
  function interned(name: string): number {
    let ref = names.get(name);
    if (ref === undefined) {
      ref = tree.names.push({ name, path: name === "." ? ["."] : name.split(".") }) - 1;
      names.set(name, ref);
    }
    return ref;
  }

  function closeTag(body: string, start: number, end: number, textEnd: number) {
    const depth = stack.length - 1;
    const opened = depth < 0 ? -1 : stack.top();
    if (depth < 0 || (tree.has(opened, DYNAMIC) ? dynamicCloseNames.get(opened) : tree.name(opened).name) !== body) {
      const raw = source.slice(start, end);
      const line = lines.position(start).line;
      if (depth < 0) problem(start, end, `\`${quoteTag(raw)}\` on line ${line} closes nothing`, "unopened-section");
      else {
        const top = stack.top();
        const opener = source.slice(tree.starts[top]!, tree.ends[top]!);
        problem(start, end, `\`${quoteTag(raw)}\` on line ${line} does not match \`${quoteTag(opener)}\` opened on line ${lines.position(tree.starts[top]!).line}`, "mismatched-section");
      }
      return;
    }
    const top = stack.pop();
    tree.next[top] = tree.length;
    const kind = tree.kind(top);
    if (kind === BLOCK) tree.setExtra(top, CONTENT_END, textEnd);
    if (kind === BLOCK || kind === PARENT) tree.setExtra(top, CLOSE_END, end);
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
      if (!next || !isNonPrinting(next.sigil)) return null;
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
