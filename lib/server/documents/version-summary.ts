/**
 * What a document records about its newest version so the library lists without reading any
 * content (Document.size, versionCount, latestAuthorName, latestVersionAt). Every path that
 * writes a version writes these in the same transaction: appendVersion (save, restore, file
 * import), insertDocument, and the archive import. Version numbers run 1..n, so the newest
 * number is the count.
 */
export function newestVersionSummary(version: { number: number; content: string; authorName: string; createdAt: Date }) {
  return {
    size: Buffer.byteLength(version.content, "utf8"),
    versionCount: version.number,
    latestAuthorName: version.authorName,
    latestVersionAt: version.createdAt,
  };
}
