import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures";
import { closedWithin } from "../live-socket";
import { REFUSALS_ANNOTATION } from "./refusal-total-reporter";

/**
 * What the security specs share: the document they attack, how a refusal is checked, and the
 * count of refusals. Each test's count travels to the runner as an annotation (workers share no
 * memory); refusal-total-reporter.ts adds them up and fails the run below its floor.
 */

export const SLUG = "release-notes-writer";
// Text of that document that must never reach someone without access.
export const SECRET = "Quill";

/** Adds `n` to this test's refusal count (kept in one annotation, sent when the test ends). */
export function countRefusals(n = 1): void {
  const annotations = test.info().annotations;
  const counted = annotations.find((annotation) => annotation.type === REFUSALS_ANNOTATION);
  if (counted) counted.description = String(Number(counted.description) + n);
  else annotations.push({ type: REFUSALS_ANNOTATION, description: String(n) });
}

/** Asserts a refusal: the status, and that the body says nothing of the document. */
export async function refused(response: APIResponse, status: number | RegExp): Promise<string> {
  const body = await response.text();
  if (typeof status === "number") expect(response.status(), `${response.url()} → ${body.slice(0, 200)}`).toBe(status);
  else expect(String(response.status())).toMatch(status);
  expect(body).not.toContain(SECRET);
  countRefusals();
  return body;
}

/** A socket the server must end: counts as one refusal when it closes with `code`. */
export async function refusedSocket(participant: { closed: Promise<number>; close: () => void }, code: number): Promise<void> {
  expect(await closedWithin(participant)).toBe(code);
  participant.close();
  countRefusals();
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
export const noRedirect = { maxRedirects: 0 };
/** The Origin header of this site, which session writes must carry. */
export const sameOrigin = () => ({ origin: String(test.info().project.use.baseURL) });
export const importFile = (name: string, text: string) => ({ multipart: { files: { name, mimeType: "text/markdown", buffer: Buffer.from(text) } } });
