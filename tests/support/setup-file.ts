// Before each test file: a fresh database copied from the seeded template,
// and DATABASE_URL pointing at it, so lib/db/client.ts connects there.
import { createTestDatabase } from "./databases";

const { url } = await createTestDatabase("tpl_seeded");
process.env.DATABASE_URL = url;
