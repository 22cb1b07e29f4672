/** What the audit trail records, grouped for its filter. */
export const AUDIT_ACTIONS = {
  "version.save": "Saved a version",
  "version.restore": "Restored a version",
  "label.move": "Moved a label",
  "label.protect": "Protected a label",
  "label.unprotect": "Unprotected a label",
  "document.create": "Created a document",
  "document.update": "Changed document settings",
  "document.archive": "Archived a document",
  "document.unarchive": "Restored a document from the archive",
  "document.delete": "Deleted a document",
  "document.move": "Moved a document to another folder",
  "folder.move": "Moved or renamed a folder",
  "share_link.create": "Created a share link",
  "share_link.revoke": "Revoked a share link",
  "member.invite": "Created an invite",
  "member.invite_revoke": "Revoked an invite",
  "member.join": "Joined the workspace",
  "member.role": "Changed a member's role",
  "member.remove": "Removed a member",
  "api_key.create": "Created an API key",
  "api_key.revoke": "Revoked an API key",
  "workspace.remote_images": "Changed whether previews load remote images",
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
