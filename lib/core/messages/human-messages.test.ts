import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PERMISSIONS, refusal, ROLES } from "../access/roles";
import { errorSentence, failureSentence, fieldSentences, issueSentence, protectedLabelSentence } from "./human-messages";

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues;
};

// Anything zod or the code would say that a person should never read.
const JARGON = /Invalid input|expected [a-z]+|received|Too (small|big)|>=|<=|Unrecognized|\([a-z_]+\.[a-z_]+\)|\b[a-z]+_[a-z_]+\b/;

describe("issueSentence", () => {
  it("turns zod's own wording into plain sentences", () => {
    const schema = z.object({
      name: z.string(),
      count: z.number(),
      strict: z.boolean(),
      title: z.string().min(1),
      code: z.string().min(3).max(5),
      tags: z.array(z.string()).min(1).max(2),
      email: z.email(),
      mode: z.enum(["a", "b"]),
      data: z.record(z.string(), z.unknown()),
    });
    const issues = issuesOf(schema, { count: "x", strict: "yes", title: "", code: "toolong", tags: [], email: "nope", mode: "c", data: 3 });
    const sentences = Object.fromEntries(issues.map((issue) => [String(issue.path[0]), issueSentence(issue)]));
    expect(sentences).toEqual({
      name: "Fill this in.",
      count: "Enter a number.",
      strict: "Choose yes or no.",
      title: "Fill this in.",
      code: "At most 5 characters.",
      tags: "Add at least one item.",
      email: "Enter an email address.",
      mode: "Pick one of the options.",
      data: "Enter a JSON object.",
    });
    for (const issue of issues) expect(issueSentence(issue)).not.toMatch(JARGON);
  });

  it("keeps messages a schema wrote for people", () => {
    const [issue] = issuesOf(z.string().min(1, "Give the document a title"), "");
    expect(issueSentence(issue!)).toBe("Give the document a title");
  });

  it("counts in words", () => {
    const [short] = issuesOf(z.string().min(10), "abc");
    expect(issueSentence(short!)).toBe("At least 10 characters.");
    const [many] = issuesOf(z.array(z.string()).max(1), ["a", "b"]);
    expect(issueSentence(many!)).toBe("At most 1 item.");
  });

  it("groups sentences by field for forms", () => {
    expect(fieldSentences(issuesOf(z.object({ a: z.string(), b: z.number() }), { a: 1 }))).toEqual({ a: ["Enter text."], b: ["Fill this in."] });
  });
});

describe("failures", () => {
  it("keeps a message written for people and replaces library wording by the code's sentence", () => {
    expect(failureSentence({ code: "conflict", message: "“Ada” already uses the address “x”. Choose another." })).toBe("“Ada” already uses the address “x”. Choose another.");
    expect(failureSentence({ code: "invalid_input", message: "Invalid input: expected string, received undefined" })).toBe(errorSentence("invalid_input"));
    expect(failureSentence({ code: "forbidden", message: "Editors can't do this (label.protect)." })).toBe(errorSentence("forbidden"));
    expect(failureSentence({ code: "not_found" })).toBe(errorSentence("not_found"));
  });

  it("has a sentence for every code, and never shows an unknown code", () => {
    for (const code of ["invalid_input", "unauthorized", "forbidden", "not_found", "conflict", "gone", "payload_too_large", "unprocessable", "render_limit", "method_not_allowed", "internal", "network"]) {
      expect(errorSentence(code)).not.toMatch(JARGON);
    }
    expect(errorSentence("teapot_error")).not.toContain("teapot");
  });

  it("explains refusals and protected labels in sentences", () => {
    expect(protectedLabelSentence("production")).toBe("The label “production” is protected: only owners can move it.");
    for (const role of ROLES) {
      for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
        const sentence = refusal(role, permission);
        expect(sentence).toMatch(/^Only (owners|editors and owners|members) can [a-z]/);
        expect(sentence).not.toMatch(JARGON);
        expect(sentence).not.toContain(permission);
      }
    }
  });
});
