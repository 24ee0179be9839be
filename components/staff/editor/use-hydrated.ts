"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/** False in the server's HTML and before hydration, true once React runs in the browser: what only works with JavaScript waits for it. */
export const useHydrated = () =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
