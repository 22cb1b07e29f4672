/**
 * The actions the command palette offers, each with the shortcut that runs it from anywhere
 * outside a text field (inside one, Alt+letter may type a character on some layouts: AltGr is
 * Ctrl+Alt on Windows). Which ones a person sees depends on their role.
 */
export type PaletteCommandId = "new-document" | "import" | "workspace-settings" | "switch-theme" | "library" | "sign-out";

export interface PaletteCommand {
  id: PaletteCommandId;
  label: string;
  chord: string;
  /** More words the filter matches besides the label. */
  keywords: string;
}

export const PALETTE_CHORD = "Mod+K";

const ALL: PaletteCommand[] = [
  { id: "new-document", label: "New document", chord: "Mod+Alt+N", keywords: "create add" },
  { id: "import", label: "Import documents", chord: "Mod+Alt+I", keywords: "upload files" },
  { id: "library", label: "Go to the library", chord: "Mod+Alt+G", keywords: "home documents list" },
  { id: "workspace-settings", label: "Open workspace settings", chord: "Mod+Alt+W", keywords: "members preferences" },
  { id: "switch-theme", label: "Switch theme (light or dark)", chord: "Mod+Alt+D", keywords: "dark light mode colour color" },
  { id: "sign-out", label: "Sign out", chord: "Mod+Alt+Q", keywords: "log out leave" },
];

export function paletteCommands({ canCreate }: { canCreate: boolean }): PaletteCommand[] {
  return ALL.filter((command) => canCreate || (command.id !== "new-document" && command.id !== "import"));
}

/** Commands whose label or keywords contain every word typed. */
export function filterCommands(commands: PaletteCommand[], query: string): PaletteCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    const text = `${command.label} ${command.keywords}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
