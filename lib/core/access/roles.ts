import { refusalSentence } from "../messages/human-messages";

/**
 * Who may do what in a workspace. The one table the server consults for every page, action,
 * API call and socket; nothing else decides rights.
 */

export const ROLES = ["owner", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** API keys act for an application, never as an owner. */
export const API_KEY_ROLES = ["viewer", "editor"] as const satisfies readonly Role[];
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

const EVERYONE: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ["owner", "editor"];
const OWNERS: readonly Role[] = ["owner"];

export const PERMISSIONS = {
  /** See the workspace: its documents list and its members. */
  "workspace.read": EVERYONE,
  /** Open documents, their versions, diffs and rendered output; fill forms. */
  "document.read": EVERYONE,
  /** Save and delete named variable values ("presets"). */
  "preset.write": EVERYONE,
  "document.create": EDITORS,
  /** Save versions, restore, rename, tags, dialect, archive. */
  "document.edit": EDITORS,
  /** Move labels that are not protected. */
  "label.move": EDITORS,
  /** Move protected labels, and protect or unprotect a label. */
  "label.protect": OWNERS,
  "document.delete": OWNERS,
  "share.manage": EDITORS,
  "audit.read": EDITORS,
  "workspace.members": OWNERS,
  "workspace.settings": OWNERS,
  "workspace.api_keys": OWNERS,
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && PERMISSIONS[permission].includes(role);
}

/** Moving a label needs owner rights once it is protected. */
export function labelPermission(isProtected: boolean): Permission {
  return isProtected ? "label.protect" : "label.move";
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

const ROLE_NAMES: Record<Role, string> = { owner: "Owner", editor: "Editor", viewer: "Viewer" };
export function roleName(role: Role): string {
  return ROLE_NAMES[role];
}

/** Why a member with `role` is refused `permission`, in words the UI and API can show. */
export function refusal(role: Role, permission: Permission): string {
  return refusalSentence(role, permission, PERMISSIONS[permission]);
}
