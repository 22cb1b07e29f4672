import { can, type Role } from "./roles";

/** What the UI offers a member, derived from the same table the server enforces. */
export interface Capabilities {
  edit: boolean;
  moveLabels: boolean;
  protectLabels: boolean;
  share: boolean;
  delete: boolean;
}

export function capabilitiesOf(role: Role): Capabilities {
  return {
    edit: can(role, "document.edit"),
    moveLabels: can(role, "label.move"),
    protectLabels: can(role, "label.protect"),
    share: can(role, "share.manage"),
    delete: can(role, "document.delete"),
  };
}
