import { describe, expect, it } from "vitest";
import { can, labelPermission, PERMISSIONS, refusal, ROLES, type Permission } from "./roles";

describe("roles", () => {
  it("gives viewers reading, rendering and presets, and nothing that changes a document", () => {
    const allowed = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can("viewer", permission));
    expect(allowed.sort()).toEqual(["document.read", "preset.write", "workspace.read"]);
  });

  it("lets editors edit, move unprotected labels and share, but not delete or manage the workspace", () => {
    expect(can("editor", "document.edit")).toBe(true);
    expect(can("editor", "label.move")).toBe(true);
    expect(can("editor", "share.manage")).toBe(true);
    for (const permission of ["label.protect", "document.delete", "workspace.members", "workspace.api_keys"] as const) {
      expect(can("editor", permission)).toBe(false);
    }
  });

  it("lets owners do everything", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can("owner", permission)).toBe(true);
  });

  it("refuses everything to someone without a role", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can(null, permission)).toBe(false);
  });

  it("needs owner rights for protected labels", () => {
    expect(ROLES.filter((role) => can(role, labelPermission(true)))).toEqual(["owner"]);
    expect(ROLES.filter((role) => can(role, labelPermission(false)))).toEqual(["owner", "editor"]);
  });

  it("explains a refusal with who may do it", () => {
    expect(refusal("viewer", "document.edit")).toBe("Only editors and owners can edit this document; you are a viewer here.");
    expect(refusal("editor", "document.delete")).toBe("Only owners can delete documents; you are an editor here.");
    // Every permission has words of its own: no code in brackets, no generic "do this".
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(refusal("viewer", permission)).not.toMatch(/\(|do this/);
    }
  });
});
