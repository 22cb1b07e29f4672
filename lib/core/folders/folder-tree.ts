import { folderName, folderSegments, isInsideFolder, joinFolder, ROOT_FOLDER } from "./folder-path";

export interface FolderCount {
  folder: string;
  /** Documents whose folder is exactly this path. */
  count: number;
}

export interface FolderNode {
  path: string;
  name: string;
  /** 0 for a top-level folder. */
  depth: number;
  /** Documents directly inside. */
  direct: number;
  /** Documents inside and in every folder below. */
  total: number;
  hasChildren: boolean;
}

export interface FolderTree {
  /** Documents at the top level, in no folder. */
  rootDirect: number;
  /** Every document counted. */
  total: number;
  /** Every folder, parents before their children, siblings by name. */
  folders: FolderNode[];
}

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function comparePaths(a: string, b: string): number {
  const left = folderSegments(a);
  const right = folderSegments(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = byName.compare(left[i]!, right[i]!) || (left[i]! < right[i]! ? -1 : left[i]! > right[i]! ? 1 : 0);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/**
 * The tree from counts per distinct folder (what the database's group-by gives): a folder that
 * holds only folders appears too, with its descendants' documents in its total.
 */
export function buildFolderTree(counts: readonly FolderCount[]): FolderTree {
  const direct = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const { folder, count } of counts) {
    all += count;
    direct.set(folder, (direct.get(folder) ?? 0) + count);
    let path = ROOT_FOLDER;
    for (const segment of folderSegments(folder)) {
      path = joinFolder(path, segment);
      total.set(path, (total.get(path) ?? 0) + count);
    }
  }
  const paths = [...total.keys()].sort(comparePaths);
  const folders = paths.map((path, index) => ({
    path,
    name: folderName(path),
    depth: folderSegments(path).length - 1,
    direct: direct.get(path) ?? 0,
    total: total.get(path) ?? 0,
    hasChildren: index + 1 < paths.length && isInsideFolder(paths[index + 1]!, path),
  }));
  return { rootDirect: direct.get(ROOT_FOLDER) ?? 0, total: all, folders };
}
