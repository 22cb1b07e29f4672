import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Splice } from "../text/splice";
import { spliceAtCaret, syncPlainText, type PlainTextView, type TextSelection } from "./plain-text-sync";

const apply = (text: string, splice: Splice | null) =>
  splice ? text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove) : text;

/** A stand-in for a <textarea>: its value and selection, and what a person does to them. */
class FakeField implements PlainTextView {
  constructor(
    public text: string,
    public sel: TextSelection = { start: 0, end: 0, backward: false },
  ) {}
  value = () => this.text;
  selection = () => this.sel;
  write(value: string, selection: TextSelection) {
    this.text = value;
    this.sel = selection;
  }
  /** Types (or pastes) over the selection, leaving the caret after it, as a browser does. */
  type(insert: string) {
    this.text = this.text.slice(0, this.sel.start) + insert + this.text.slice(this.sel.end);
    const caret = this.sel.start + insert.length;
    this.sel = { start: caret, end: caret, backward: false };
  }
  backspace() {
    if (this.sel.start === this.sel.end && this.sel.start > 0) this.sel = { ...this.sel, start: this.sel.start - 1 };
    this.type("");
  }
  caret(at: number) {
    this.sel = { start: at, end: at, backward: false };
  }
}

/** Two participants whose documents exchange every update, as the server would relay them. */
function pair(initial: string) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.getText("t").insert(0, initial);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on("update", (update: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(b, update, "relay"));
  b.on("update", (update: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(a, update, "relay"));
  return { a: a.getText("t"), b: b.getText("t") };
}

describe("spliceAtCaret", () => {
  it("places an insertion between equal neighbours where the caret is", () => {
    // "aa" → "aaa" typed at the very start: the inserted "a" is the first one.
    expect(spliceAtCaret("aa", "aaa", 1)).toEqual({ index: 0, remove: 0, insert: "a" });
    expect(spliceAtCaret("aa", "aaa", 2)).toEqual({ index: 1, remove: 0, insert: "a" });
    expect(spliceAtCaret("aa", "aaa", 3)).toEqual({ index: 2, remove: 0, insert: "a" });
    // A pasted "ab" into "abab" after the first "ab".
    expect(spliceAtCaret("abab", "ababab", 4)).toEqual({ index: 2, remove: 0, insert: "ab" });
  });

  it("places a deletion between equal neighbours where the caret is", () => {
    // Backspace after the first of three spaces.
    expect(spliceAtCaret("x   y", "x  y", 1)).toEqual({ index: 1, remove: 1, insert: "" });
    expect(spliceAtCaret("x   y", "x  y", 3)).toEqual({ index: 3, remove: 1, insert: "" });
  });

  it("always turns before into after, whatever the caret says", () => {
    const cases: [string, string][] = [["aaa", "aaaa"], ["aaaa", "a"], ["", "x"], ["x", ""], ["abab", "ab"], ["hello", "help"], ["a😀b", "a😃b"]];
    for (const [before, after] of cases) {
      for (let caret = 0; caret <= after.length; caret++) expect(apply(before, spliceAtCaret(before, after, caret))).toBe(after);
    }
  });

  it("keeps the smallest change when the caret does not fit it", () => {
    expect(spliceAtCaret("abc", "abXc", 0)).toEqual({ index: 2, remove: 0, insert: "X" });
    expect(spliceAtCaret("abcdef", "abXYef", 4)).toEqual({ index: 2, remove: 2, insert: "XY" });
    expect(spliceAtCaret("same", "same", 2)).toBeNull();
  });
});

describe("syncPlainText", () => {
  it("sends each edit to the shared text as a small change", () => {
    const { a, b } = pair("Hello world");
    const field = new FakeField("Hello world");
    const sync = syncPlainText({ text: a, view: field, origin: "me" });
    const changes: unknown[] = [];
    b.observe((event) => changes.push(event.delta));
    field.caret(5);
    field.type(",");
    sync.input();
    field.caret(12);
    field.type("!");
    sync.input();
    expect(b.toString()).toBe("Hello, world!");
    expect(changes).toEqual([[{ retain: 5 }, { insert: "," }], [{ retain: 12 }, { insert: "!" }]]);
  });

  it("puts a typed character next to the caret, where another person's text may follow", () => {
    const { a, b } = pair("aa");
    const field = new FakeField("aa");
    const sync = syncPlainText({ text: a, view: field, origin: "me" });
    const changes: unknown[] = [];
    b.observe((event) => changes.push(event.delta));
    field.caret(1);
    field.type("a");
    sync.input();
    // Typed after the first "a": that is where the others see it arrive (not after the second).
    expect(changes).toEqual([[{ retain: 1 }, { insert: "a" }]]);
  });

  it("writes others' changes into the field, keeping the caret on the same character", () => {
    const { a, b } = pair("one two three");
    const field = new FakeField("one two three");
    syncPlainText({ text: a, view: field, origin: "me" });
    field.caret(8); // before "three"
    b.insert(0, ">> ");
    expect(field.text).toBe(">> one two three");
    expect(field.sel).toEqual({ start: 11, end: 11, backward: false });
    b.delete(3, 4); // "one " removed
    expect(field.text).toBe(">> two three");
    expect(field.sel.start).toBe(7);
    b.insert(12, "!"); // after the caret: the caret does not move
    expect(field.sel.start).toBe(7);
  });

  it("keeps a backward selection across a remote change", () => {
    const { a, b } = pair("select me please");
    const field = new FakeField("select me please", { start: 7, end: 9, backward: true });
    syncPlainText({ text: a, view: field, origin: "me" });
    b.insert(0, "Do ");
    expect(field.sel).toEqual({ start: 10, end: 12, backward: true });
    expect(field.text.slice(field.sel.start, field.sel.end)).toBe("me");
  });

  it("shows the shared text when the field started from an older copy, caret carried over", () => {
    const { a } = pair("shared text, newer");
    const field = new FakeField("shared text", { start: 3, end: 3, backward: false });
    syncPlainText({ text: a, view: field, origin: "me" });
    expect(field.text).toBe("shared text, newer");
    expect(field.sel.start).toBe(3);
  });

  it("converges when both sides type at once", () => {
    // Updates held back and delivered later: each side types before seeing the other's keys.
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    docA.getText("t").insert(0, "line one\nline two\n");
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    const queued: [Y.Doc, Uint8Array][] = [];
    docA.on("update", (update: Uint8Array, origin: unknown) => origin !== "relay" && queued.push([docB, update]));
    docB.on("update", (update: Uint8Array, origin: unknown) => origin !== "relay" && queued.push([docA, update]));
    const left = new FakeField(docA.getText("t").toString());
    const right = new FakeField(docB.getText("t").toString());
    const syncLeft = syncPlainText({ text: docA.getText("t"), view: left, origin: "left" });
    const syncRight = syncPlainText({ text: docB.getText("t"), view: right, origin: "right" });
    left.caret(4);
    right.caret(17);
    for (const char of "ABC") {
      left.type(char);
      syncLeft.input();
      right.type(char.toLowerCase());
      syncRight.input();
    }
    right.backspace();
    syncRight.input();
    expect(left.text).toBe("lineABC one\nline two\n");
    for (const [doc, update] of queued.splice(0)) Y.applyUpdate(doc, update, "relay");
    expect(left.text).toBe("lineABC one\nline twoab\n");
    expect(right.text).toBe(left.text);
    // Each caret is still right after what its person typed.
    expect(left.sel.start).toBe(7);
    expect(right.sel.start).toBe(left.text.indexOf("ab") + 2);
    // And typing on goes on from there, on both sides.
    left.type("D");
    syncLeft.input();
    for (const [doc, update] of queued.splice(0)) Y.applyUpdate(doc, update, "relay");
    expect(right.text).toBe("lineABCD one\nline twoab\n");
    expect(right.sel.start).toBe(right.text.indexOf("ab") + 2);
  });

  it("stops following the shared text once destroyed", () => {
    const { a, b } = pair("abc");
    const field = new FakeField("abc");
    const sync = syncPlainText({ text: a, view: field, origin: "me" });
    sync.destroy();
    b.insert(0, "x");
    expect(field.text).toBe("abc");
  });
});
