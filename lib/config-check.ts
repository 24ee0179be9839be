import { ConfigError, parseConfig, type Config } from "./config-schema";

/** A bad configuration stops the server with one clear line naming the variable. */
export function checkConfigAtStart(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
