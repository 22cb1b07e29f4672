/** Where a person's choice (system, light or dark) is remembered in their browser. */
export const THEME_KEY = "dramatis.theme";

export type ThemeChoice = "system" | "light" | "dark";

/**
 * Runs inline in <head> before the first paint, so a dark page never flashes white: reads the
 * choice, falls back to the system's scheme, and sets the `dark` class on <html>.
 */
export const THEME_SCRIPT = `(function(){try{var c=localStorage.getItem(${JSON.stringify(THEME_KEY)});var d=c==="dark"||(c!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

/** Applies a choice to the page now (the same rule as THEME_SCRIPT). */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

export function readThemeChoice(): ThemeChoice {
  try {
    const saved = window.localStorage.getItem(THEME_KEY);
    return saved === "light" || saved === "dark" ? saved : "system";
  } catch {
    return "system";
  }
}

/** Told on `window` whenever the choice changes, so every control showing it follows. */
export const THEME_EVENT = "dramatis-theme";

/** Remembers a choice in this browser, applies it and tells the page. */
export function chooseTheme(choice: ThemeChoice): void {
  applyTheme(choice);
  try {
    if (choice === "system") window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Private windows may refuse storage; the choice still holds for this page.
  }
  window.dispatchEvent(new Event(THEME_EVENT));
}
