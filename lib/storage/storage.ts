import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { S3Storage } from "./s3-storage";

/**
 * Where uploads live. The default keeps them on local disk (UPLOAD_DIR);
 * several instances share S3-compatible object storage (S3_*), behind the
 * same interface: no caller knows which.
 */
export interface Storage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

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

  async delete(key: string) {
    await rm(this.pathFor(key), { force: true });
  }
}

let storage: Storage | undefined;

/** S3-compatible storage when S3_* is configured, else local disk (UPLOAD_DIR). */
export function getStorage(): Storage {
  if (storage) return storage;
  const config = getConfig();
  if (config.S3_ENDPOINT && config.S3_BUCKET && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY) {
    storage = new S3Storage({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  } else {
    storage = new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ config.UPLOAD_DIR));
  }
  return storage;
}
