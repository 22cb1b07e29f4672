/**
 * Values arrive as JSON from the API, share links and the URL. Formatting them (Go's `%v`,
 * mustache's JSON of a list) walks them recursively, so a value nested thousands deep would
 * overflow the stack: contracts refuse anything deeper than this, long before that matters.
 */
export const MAX_VALUES_DEPTH = 64;

/** Whether a JSON-like value nests arrays or objects deeper than `max` levels (checked without recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth + 1 > max) return true;
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    for (const child of children) if (child !== null && typeof child === "object") stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
