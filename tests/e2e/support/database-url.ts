import path from "node:path";

/** Where scripts/e2e-server.ts writes the URL of the database the tested server uses. */
export const e2eDatabaseUrlFile = path.resolve(".data/e2e/database-url");

/** Where it writes the address of its control server (stop and start PostgreSQL). */
export const e2eControlUrlFile = path.resolve(".data/e2e/control-url");

/** Where it writes the address of the Varnish in front of the tested server (when varnishd is installed). */
export const e2eVarnishUrlFile = path.resolve(".data/e2e/varnish-url");
