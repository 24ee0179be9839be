// How many public requests the seam lets through to Next.js at once when it
// has no stored answer for them: a render of a large page or a search holds
// tens of MB of heap while it runs, so a crowd of them (a flood of distinct
// searches, a burst after a publish) could fill the heap however bounded the
// caches are. Beyond `concurrent`, requests wait in line; beyond `queued`
// waiting, or after `waitMs`, they are refused (the seam answers 503 with
// Retry-After), never left to pile up in memory.
export class RenderGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  readonly counts = { admitted: 0, refused: 0 };

  constructor(
    readonly concurrent: number,
    readonly queued: number,
    readonly waitMs: number,
  ) {}

  /** A release function once a slot is free, or null when the line is full or the wait too long. */
  async acquire(): Promise<(() => void) | null> {
    if (this.running >= this.concurrent) {
      if (this.waiting.length >= this.queued) return this.refuse();
      const admitted = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          const index = this.waiting.indexOf(wake);
          if (index >= 0) this.waiting.splice(index, 1);
          resolve(false);
        }, this.waitMs);
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        this.waiting.push(wake);
      });
      if (!admitted) return this.refuse();
    } else {
      this.running += 1;
    }
    this.counts.admitted += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes to the next in line, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  private refuse(): null {
    this.counts.refused += 1;
    return null;
  }
}
