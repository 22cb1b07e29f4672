import type { JinjaNode } from "./jinja/ast";
import type { Tagged, TextNode } from "./node-base";

// In their own module so that jinja/ast.ts can share them without an import cycle.
export type { Tagged, TextNode } from "./node-base";

// Mustache
export interface MustacheVariableNode extends Tagged {
  type: "variable";
  name: string;
  path: string[];
  escape: boolean;
}
export interface MustacheSectionNode extends Tagged {
  type: "section";
  name: string;
  path: string[];
  inverted: boolean;
  children: MustacheNode[];
}
export interface MustachePartialNode extends Tagged {
  type: "partial";
  name: string;
  /** `{{>*name}}`: the partial's name is the value of `name` in the context. */
  dynamic?: boolean;
  /** Whitespace before a standalone partial tag; every line of the partial gets it. */
  indent: string;
}
/**
 * `{{<parent}}…{{/parent}}`: includes `parent` with the blocks inside overriding the parent's
 * blocks of the same name (mustache's inheritance module). Anything but blocks inside is ignored.
 */
export interface MustacheParentNode extends Tagged {
  type: "parent";
  name: string;
  dynamic?: boolean;
  indent: string;
  children: MustacheNode[];
}
/** `{{$name}}default{{/name}}`: a place a document that extends this one may override. */
export interface MustacheBlockNode extends Tagged {
  type: "block";
  name: string;
  children: MustacheNode[];
  /**
   * The block's content as written is `origin.source.slice(contentStart, contentEnd)` (kept as
   * offsets: nested blocks would otherwise copy the text once per level). An override is that
   * text, re-indented for the place it lands in.
   */
  contentStart: number;
  contentEnd: number;
  /** The block's tags stand alone on their lines, so its content is re-indented where it lands. */
  standalone: boolean;
  /** Blanks before the opening tag on its line. */
  before: string;
}
export type MustacheNode =
  | TextNode
  | MustacheVariableNode
  | MustacheSectionNode
  | MustachePartialNode
  | MustacheParentNode
  | MustacheBlockNode;

// Go text/template subset
export type GoExpr =
  | { kind: "dot" }
  | { kind: "field"; path: string[] }
  | { kind: "string"; value: string }
  /** `int`: written without a point or exponent, so Go types it int (data numbers are float64). */
  | { kind: "number"; value: number; int?: boolean }
  | { kind: "bool"; value: boolean }
  | { kind: "nil" }
  | { kind: "call"; fn: GoFunction; args: GoExpr[] };
export type GoFunction = "eq" | "ne" | "not" | "and" | "or" | "len";

export interface GoPrintNode extends Tagged {
  type: "print";
  expr: GoExpr;
}
export interface GoIfNode extends Tagged {
  type: "if";
  branches: { cond: GoExpr | null; children: GoNode[] }[];
}
export interface GoBlockNode extends Tagged {
  type: "range" | "with";
  expr: GoExpr;
  children: GoNode[];
  elseChildren: GoNode[];
}
export interface GoTemplateNode extends Tagged {
  type: "template";
  name: string;
  arg: GoExpr | null;
  /** `{{block "name" arg}}default{{end}}`: defines `name` (unless already defined) and runs it. */
  block?: GoNode[];
}
/** `{{define "name"}}…{{end}}`: a template `{{template "name"}}` runs; prints nothing where it stands. */
export interface GoDefineNode extends Tagged {
  type: "define";
  name: string;
  children: GoNode[];
}
// An action outside the subset is reported as a problem and left as written: a text node.
export type GoNode = TextNode | GoPrintNode | GoIfNode | GoBlockNode | GoTemplateNode | GoDefineNode;

export type TemplateNode = MustacheNode | GoNode | JinjaNode;
