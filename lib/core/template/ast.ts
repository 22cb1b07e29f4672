import type { JinjaNode } from "./jinja/ast";
import type { SourceRange } from "./types";

/** A tag's place in the source: `range` for people, offsets for the renderer. */
export interface Tagged {
  range: SourceRange;
  /** The tag exactly as written, which a lenient render leaves in place of a missing value. */
  raw: string;
}

export interface TextNode {
  type: "text";
  text: string;
}

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
  /** Whitespace before a standalone partial tag; every line of the partial gets it. */
  indent: string;
}
export type MustacheNode = TextNode | MustacheVariableNode | MustacheSectionNode | MustachePartialNode;

// Go text/template subset
export type GoExpr =
  | { kind: "dot" }
  | { kind: "field"; path: string[] }
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
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
}
/** An action outside the subset: reported as a problem and left as written. */
export interface GoInvalidNode extends Tagged {
  type: "invalid";
}
export type GoNode = TextNode | GoPrintNode | GoIfNode | GoBlockNode | GoTemplateNode | GoInvalidNode;

export type TemplateNode = MustacheNode | GoNode | JinjaNode;
