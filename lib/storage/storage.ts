import "server-only";
import type { Readable } from "node:stream";
import { getConfig } from "@/lib/config";
import { openStorage } from "./open-storage";

/**
 * Where uploads live. The default keeps them on local disk (UPLOAD_DIR);
 * several instances share S3-compatible object storage (S3_*), behind the
 * same interface: no caller knows which.
 */
export interface Storage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** The file as a stream, read as it is consumed (an archive of many files never holds them all); null when absent. */
  stream(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
}

let storage: Storage | undefined;

/** S3-compatible storage when S3_* is configured, else local disk (UPLOAD_DIR). */
export function getStorage(): Storage {
  storage ??= openStorage(getConfig());
  return storage;
}
