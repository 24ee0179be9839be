// The storage backends, built from the configuration. Free of "server-only"
// so the seed (a plain Node script) writes its demo files where the portal
// will read them; the portal itself asks getStorage() (storage.ts).
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config-schema";
import { S3Storage } from "./s3-storage";
import type { Storage } from "./storage";

const safeKey = /^[a-z0-9][a-z0-9/_.-]*$/;

export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {}

  private pathFor(key: string) {
    if (!safeKey.test(key) || key.includes("..")) throw new Error(`Bad storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Uint8Array) {
    const file = this.pathFor(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }

  async get(key: string) {
    try {
      return new Uint8Array(await readFile(this.pathFor(key)));
    } catch {
      return null;
    }
  }

  async stream(key: string) {
    const file = this.pathFor(key);
    const found = await stat(file).catch(() => null);
    return found?.isFile() ? createReadStream(file) : null;
  }

  async delete(key: string) {
    await rm(this.pathFor(key), { force: true });
  }
}

/** S3-compatible storage when S3_* is configured, else local disk (UPLOAD_DIR). */
export function openStorage(config: Config): Storage {
  if (config.S3_ENDPOINT && config.S3_BUCKET && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY) {
    return new S3Storage({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ config.UPLOAD_DIR));
}
