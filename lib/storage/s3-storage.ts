import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import type { Storage } from "./storage";

export type S3Settings = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };

/**
 * Uploads in S3-compatible object storage, for several instances: every
 * instance reads what any of them wrote. Keys are the same as on local disk;
 * type checks, size limits, access checks and download headers stay with the
 * callers, unchanged.
 */
export class S3Storage implements Storage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // Checksums only where S3 requires them: S3-compatible servers (MinIO,
      // Ceph, s3rver) do not all accept the newer default headers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, bytes: Uint8Array) {
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: bytes, ContentLength: bytes.byteLength }));
  }

  private async object(key: string) {
    try {
      return (await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }))).Body ?? null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
      throw error;
    }
  }

  async get(key: string) {
    const body = await this.object(key);
    return body ? await body.transformToByteArray() : null;
  }

  async stream(key: string) {
    const body = await this.object(key);
    // In Node the SDK's body is a Readable (an IncomingMessage); otherwise a web stream.
    if (!body) return null;
    return body instanceof Readable ? body : Readable.fromWeb(body.transformToWebStream() as never);
  }

  async delete(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }
}
