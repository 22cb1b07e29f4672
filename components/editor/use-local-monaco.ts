"use client";

import { useEffect, useState } from "react";
import { loadLocalMonaco } from "./load-local-monaco";

/** Loads the local Monaco once per page; editors mount when `ready`. */
export function useLocalMonaco(): { ready: boolean; failed: boolean } {
  const [state, setState] = useState({ ready: false, failed: false });
  useEffect(() => {
    loadLocalMonaco().then(
      () => setState({ ready: true, failed: false }),
      () => setState({ ready: false, failed: true }),
    );
  }, []);
  return state;
}
