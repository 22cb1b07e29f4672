/**
 * The one mapping from what the code knows (error codes, permissions, zod issues) to sentences
 * for the people using the app. Server messages written for people pass through unchanged;
 * codes and library wording never reach the screen.
 */

/** The error codes of the API and server actions, plus the two only a browser sees. */
const ERROR_SENTENCES: Record<string, string> = {
  invalid_input: "Some of what was entered needs attention.",
  unauthorized: "Your session has ended. Sign in again; your draft is kept in this browser.",
  forbidden: "Your role in this workspace does not allow this.",
  not_found: "This is no longer here, or you no longer have access to it.",
  conflict: "This changed in the meantime. Reload the page to see the change, then try again.",
  gone: "This is no longer available.",
  payload_too_large: "This is too large to send.",
  unprocessable: "This cannot be done as it stands.",
  render_limit: "This render was stopped: it grew too large or took too long.",
  method_not_allowed: "This cannot be done from here.",
  internal: "Something went wrong on our side. Nothing was saved.",
  network: "Could not reach the server. Check your connection and try again.",
};

const FALLBACK = "That did not work. Try again in a moment.";

/** A sentence for an error code (unknown codes get a general one, never the code itself). */
export function errorSentence(code: string | undefined): string {
  return (code && ERROR_SENTENCES[code]) || FALLBACK;
}

/**
 * What to show for a failed action or request: the server's own message when it wrote one for
 * people, else the sentence for its code. Messages that are library wording are replaced.
 */
export function failureSentence(failure: { code?: string; message?: string | null }): string {
  const message = failure.message?.trim();
  if (message && !isLibraryWording(message)) return message;
  return errorSentence(failure.code);
}

/** What each permission lets someone do, as the end of "Only … can …". */
const PERMISSION_DOING: Record<string, string> = {
  "workspace.read": "see this workspace",
  "document.read": "open this document",
  "preset.write": "save test cases",
  "document.create": "create documents",
  "document.edit": "edit this document",
  "label.move": "move labels",
  "label.protect": "move protected labels or change which labels are protected",
  "document.delete": "delete documents",
  "share.manage": "create or revoke share links",
  "audit.read": "read the audit trail",
  "workspace.members": "manage members and invites",
  "workspace.settings": "change the workspace's settings",
  "workspace.api_keys": "manage API keys",
};

/** Why someone with `role` may not use `permission`, e.g. "Only owners can delete documents; you are an editor here." */
export function refusalSentence(role: string, permission: string, allowed: readonly string[]): string {
  const who = allowed.includes("editor") ? "editors and owners" : allowed.includes("owner") ? "owners" : "members";
  const doing = PERMISSION_DOING[permission] ?? "do this";
  return `Only ${who} can ${doing}; you are ${role === "owner" ? "an owner" : role === "editor" ? "an editor" : `a ${role}`} here.`;
}

/** An editor moving a protected label. */
export function protectedLabelSentence(name: string): string {
  return `The label “${name}” is protected: only owners can move it.`;
}

// zod's own English messages all start like this ("Invalid input: expected string, received
// undefined", "Too small: expected string to have >=1 characters"); messages written in a
// schema for people ("Give the document a title") do not.
const LIBRARY_WORDING = /^(Invalid (input|option|string|number|key|value|discriminator|element)|Invalid [a-z]|Too (big|small):|Unrecognized keys?:)|\(([a-z_]+\.[a-z_.]+)\)/;

function isLibraryWording(message: string): boolean {
  return LIBRARY_WORDING.test(message);
}

/** The parts of a zod issue this module reads (zod's issue types, structurally). */
export interface IssueLike {
  code: string;
  message: string;
  path?: readonly PropertyKey[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  keys?: readonly string[];
  /** Present when the issue comes straight from a parse (per-parse error maps see it). */
  input?: unknown;
}

const EXPECTED: Record<string, string> = {
  string: "Enter text",
  number: "Enter a number",
  int: "Enter a whole number",
  boolean: "Choose yes or no",
  array: "Enter a list",
  object: "Enter a JSON object",
  record: "Enter a JSON object",
  date: "Enter a date",
};

const UNITS: Record<string, [string, string]> = {
  string: ["character", "characters"],
  array: ["item", "items"],
  set: ["item", "items"],
  file: ["byte", "bytes"],
};

function amount(origin: string | undefined, n: number | bigint): string {
  const unit = origin ? UNITS[origin] : undefined;
  if (!unit) return String(n);
  return `${n} ${Number(n) === 1 ? unit[0] : unit[1]}`;
}

/** A plain sentence for a zod issue zod worded itself; a message written in the schema is kept. */
export function issueSentence(issue: IssueLike): string {
  if (!isLibraryWording(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      if (("input" in issue && issue.input === undefined) || / received undefined$/.test(issue.message)) return "Fill this in.";
      return `${EXPECTED[issue.expected ?? ""] ?? "Enter a valid value"}.`;
    case "too_small":
      if (Number(issue.minimum) === 1 && (issue.origin === "string" || issue.origin === "array")) return issue.origin === "array" ? "Add at least one item." : "Fill this in.";
      return `At least ${amount(issue.origin, issue.minimum ?? 0)}.`;
    case "too_big":
      return `At most ${amount(issue.origin, issue.maximum ?? 0)}.`;
    case "invalid_format":
      if (issue.format === "email") return "Enter an email address.";
      if (issue.format === "url") return "Enter a web address.";
      return "This is not in the expected form.";
    case "invalid_value":
      return "Pick one of the options.";
    case "unrecognized_keys":
      return `Not expected here: ${(issue.keys ?? []).join(", ")}.`;
    default:
      return "This value is not valid.";
  }
}

/** Per-field sentences (first issue of each field), the shape forms show next to inputs. */
export function fieldSentences(issues: readonly IssueLike[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const name = String(issue.path?.[0] ?? "");
    (fields[name] ??= []).push(issueSentence(issue));
  }
  return fields;
}
