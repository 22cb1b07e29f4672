/** Optimal string alignment distance: Levenshtein plus swapping two neighbours (`toosl` → `tools`). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Case, `-` and `_` do not count: `max_turns`, `MaxTurns` and `max-turns` all mean `maxTurns`. */
const normalize = (key: string) => key.toLowerCase().replace(/[-_\s]/g, "");

/**
 * The known field a mistyped key most likely meant, or null when none is close: same letters
 * in another case or separator style, or at most one edit per four letters (at most 2).
 */
export function closestField(key: string, known: readonly string[]): string | null {
  const wanted = normalize(key);
  let best: { field: string; distance: number } | null = null;
  for (const field of known) {
    const distance = editDistance(wanted, normalize(field));
    if (!best || distance < best.distance) best = { field, distance };
  }
  if (!best) return null;
  const allowed = Math.min(2, Math.max(1, Math.floor(wanted.length / 4)));
  return best.distance <= allowed ? best.field : null;
}
