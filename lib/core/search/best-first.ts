/**
 * The `limit` items with the lowest `rank`, ties kept in the order they came in (which is the
 * caller's secondary order: newest first, tree order). For the palette's lookups, which rank
 * a few dozen candidates by how closely they match what was typed.
 */
export function bestFirst<T>(items: readonly T[], rank: (item: T) => number, limit: number): T[] {
  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
}
