/**
 * Folder paths: "" is the root; otherwise segments joined by "/" with no slash at either end
 * ("agents/backend"). Pure string rules shared by the contract (lib/contracts/folders.ts), the
 * use cases, the import and the library. A folder exists only while a document lives in it or
 * below it: it is a prefix of documents' paths, never a row of its own.
 */

export const ROOT_FOLDER = "";
export const MAX_FOLDER_DEPTH = 16;
export const MAX_FOLDER_LENGTH = 512;
export const MAX_SEGMENT_LENGTH = 100;

// C0 and C1 control characters (tabs and newlines included): invisible in a tree, unsafe in a path.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Trims whitespace around the whole path and each segment, and the slashes at both ends, so
 * " /agents / backend/ " is "agents/backend". Inner empty segments ("a//b") stay empty for
 * folderPathProblem to refuse: guessing what was meant would move documents somewhere unasked.
 */
export function normalizeFolderPath(input: string): string {
  const trimmed = input.trim().replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return ROOT_FOLDER;
  return trimmed
    .split("/")
    .map((segment) => segment.trim())
    .join("/");
}

/** Why a normalized path is not a folder path, in words for people; null when it is one. */
export function folderPathProblem(path: string): string | null {
  if (path === ROOT_FOLDER) return null;
  if (path.length > MAX_FOLDER_LENGTH) return `A folder path is at most ${MAX_FOLDER_LENGTH} characters.`;
  if (path.includes("\\")) return "Use “/” between folders, not “\\”.";
  if (CONTROL.test(path)) return "A folder name cannot hold control characters such as tabs or line breaks.";
  const segments = path.split("/");
  if (segments.length > MAX_FOLDER_DEPTH) return `Folders nest at most ${MAX_FOLDER_DEPTH} deep.`;
  for (const segment of segments) {
    if (segment === "") return "A folder name cannot be empty (two “/” in a row).";
    if (segment === "." || segment === "..") return `“${segment}” is not a folder name.`;
    if (segment.length > MAX_SEGMENT_LENGTH) return `A folder name is at most ${MAX_SEGMENT_LENGTH} characters.`;
  }
  return null;
}

/** The segments of a path; none for the root. */
export function folderSegments(path: string): string[] {
  return path === ROOT_FOLDER ? [] : path.split("/");
}

/** The last segment ("backend" for "agents/backend"); "" for the root. */
export function folderName(path: string): string {
  return folderSegments(path).at(-1) ?? "";
}

/** The folder holding this one: "agents" for "agents/backend", the root for "agents" and the root. */
export function parentFolder(path: string): string {
  const cut = path.lastIndexOf("/");
  return cut === -1 ? ROOT_FOLDER : path.slice(0, cut);
}

/** `child` (a path relative to `parent`) inside `parent`: joinFolder("agents", "backend/x"). */
export function joinFolder(parent: string, child: string): string {
  if (parent === ROOT_FOLDER) return child;
  if (child === ROOT_FOLDER) return parent;
  return `${parent}/${child}`;
}

/** True when `path` is `folder` or lies below it; every path is inside the root. */
export function isInsideFolder(path: string, folder: string): boolean {
  if (folder === ROOT_FOLDER) return true;
  return path === folder || path.startsWith(`${folder}/`);
}

/** `path` with its leading `from` replaced by `to` (a moved folder's descendants). */
export function reparentFolder(path: string, from: string, to: string): string {
  if (!isInsideFolder(path, from)) return path;
  return joinFolder(to, from === ROOT_FOLDER ? path : path.slice(from.length + 1));
}

export interface Breadcrumb {
  /** The folder's name ("" for the root). */
  name: string;
  path: string;
}

/** The root, then every folder down to `path`: agents/backend → "", "agents", "agents/backend". */
export function folderBreadcrumbs(path: string): Breadcrumb[] {
  const crumbs: Breadcrumb[] = [{ name: "", path: ROOT_FOLDER }];
  let current = ROOT_FOLDER;
  for (const segment of folderSegments(path)) {
    current = joinFolder(current, segment);
    crumbs.push({ name: segment, path: current });
  }
  return crumbs;
}
