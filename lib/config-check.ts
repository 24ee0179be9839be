import { ConfigError, currentConfig, type Config } from "./config-schema";

/** A bad configuration stops the server with one clear line naming the variable. */
export function checkConfigAtStart(): Config {
  try {
    return currentConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
