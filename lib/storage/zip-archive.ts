import "server-only";
import type { Readable } from "node:stream";
import { ZipFile } from "yazl";

// A ZIP of stored files, written as it is read: yazl opens one entry's stream
// at a time (addReadStreamLazy) and pipes it through, so an archive of many
// large files never holds more than a chunk of one in memory. Entries are
// stored, not deflated (PDFs and Office files are compressed already), which
// also lets yazl give the archive's exact size before the first byte.

export type ArchiveEntry = {
  /** The entry's name inside the archive (unique within it). */
  name: string;
  sizeBytes: number;
  modifiedAt: Date;
  /** Opens the file's bytes; null when the stored file is gone (the archive then fails). */
  open: () => Promise<Readable | null>;
};

export type ZipArchive = { stream: Readable; size: number | null };

/** The archive of `entries`, in their order; its size in bytes when known in advance. */
export function zipArchive(entries: readonly ArchiveEntry[]): Promise<ZipArchive> {
  const zip = new ZipFile();
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.name, { size: entry.sizeBytes, mtime: entry.modifiedAt, compress: false }, (done) => {
      entry.open().then(
        (stream) => done(stream ? null : new Error(`Stored file missing: ${entry.name}`), stream as Readable),
        (error: unknown) => done(error, null as never),
      );
    });
  }
  // A failed entry ends the download (the visitor sees a broken transfer, never a wrong file).
  zip.on("error", (error: Error) => (zip.outputStream as Readable).destroy(error));
  return new Promise((resolve) => {
    zip.end(undefined, ((size: number) =>
      resolve({ stream: zip.outputStream as Readable, size: size >= 0 ? size : null })) as () => void);
  });
}

/** "01 report.pdf": entries numbered in the meeting's order, so two files of the same name never collide. */
export function archiveEntryName(index: number, fileName: string): string {
  return `${String(index + 1).padStart(2, "0")} ${fileName}`;
}
