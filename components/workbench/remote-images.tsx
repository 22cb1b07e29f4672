"use client";

import { createContext, useContext } from "react";

/**
 * Whether the Markdown preview may load remote images: a workspace setting (off by default),
 * given by the page so that every preview below it follows it. The server's Content-Security-
 * Policy for the page says the same, so a preview cannot load what the setting refuses.
 */
const RemoteImages = createContext(false);

export function RemoteImagesProvider({ allow, children }: { allow: boolean; children: React.ReactNode }) {
  return <RemoteImages.Provider value={allow}>{children}</RemoteImages.Provider>;
}

export function useRemoteImagesAllowed(): boolean {
  return useContext(RemoteImages);
}
