import "server-only";
import { currentConfig, type Config } from "./config-schema";

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= currentConfig();
  return cached;
}

export function publicUrl(): string {
  const config = getConfig();
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}
