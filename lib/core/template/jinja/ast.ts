import type { Tagged, TextNode } from "../node-base";

/** A Jinja expression of the subset (see README.md): paths, literals, filters, logic and comparisons. */
export type JinjaExpr =
  | { kind: "name"; name: string }
  | { kind: "literal"; value: unknown }
  | { kind: "list"; items: JinjaExpr[] }
  | { kind: "attr"; object: JinjaExpr; key: string }
  | { kind: "index"; object: JinjaExpr; index: JinjaExpr }
  | { kind: "filter"; input: JinjaExpr; name: string; args: JinjaExpr[]; kwargs: Record<string, JinjaExpr> }
  | { kind: "not"; operand: JinjaExpr }
  | { kind: "neg"; operand: JinjaExpr }
  | { kind: "and" | "or"; left: JinjaExpr; right: JinjaExpr }
  | { kind: "compare"; first: JinjaExpr; rest: { op: CompareOp; right: JinjaExpr }[] }
  | { kind: "super" };

export type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in";

export interface JinjaOutputNode extends Tagged {
  type: "output";
  expr: JinjaExpr;
}
export interface JinjaIfNode extends Tagged {
  type: "if";
  branches: { cond: JinjaExpr | null; children: JinjaNode[] }[];
}
export interface JinjaForNode extends Tagged {
  type: "for";
  target: string;
  iter: JinjaExpr;
  children: JinjaNode[];
  elseChildren: JinjaNode[];
}
export interface JinjaSetNode extends Tagged {
  type: "set";
  name: string;
  expr: JinjaExpr;
}
export interface JinjaIncludeNode extends Tagged {
  type: "include" | "extends";
  name: string;
  ignoreMissing: boolean;
}
export interface JinjaBlockNode extends Tagged {
  type: "block";
  name: string;
  /** `{% block name scoped %}`: sees the loop variables around it. */
  scoped: boolean;
  children: JinjaNode[];
}
/** A tag outside the subset (or malformed): reported as a problem and left as written. */
export interface JinjaInvalidNode extends Tagged {
  type: "invalid";
}
export type JinjaNode = TextNode | JinjaOutputNode | JinjaIfNode | JinjaForNode | JinjaSetNode | JinjaIncludeNode | JinjaBlockNode | JinjaInvalidNode;
