/**
 * A one-line progress bar for long work on the terminal: done/total, rate, ETA and
 * whatever the caller reports (loss, accuracy). Redraws at most 10 times a second.
 */
export class ProgressBar {
  private done = 0;
  private readonly startedAt = Date.now();
  private lastDrawnAt = 0;
  private lastLoggedAt = Date.now();
  private suffix = "";

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit: "bytes" | "batches" | "reviews" = "batches",
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  advance(amount = 1, suffix?: string): void {
    this.done = Math.min(this.total, this.done + amount);
    if (suffix !== undefined) this.suffix = suffix;
    const now = Date.now();
    if (now - this.lastDrawnAt >= 100 || this.done === this.total) {
      this.lastDrawnAt = now;
      this.draw(now);
    }
  }

  finish(suffix?: string): void {
    if (suffix !== undefined) this.suffix = suffix;
    const line = this.line(Date.now());
    this.stream.write(this.stream.isTTY ? `\r${line}\x1b[K\n` : `${line}\n`);
  }

  private draw(now: number): void {
    // On a terminal, redraw in place; in a log file, one line every 30 seconds.
    if (this.stream.isTTY) {
      this.stream.write(`\r${this.line(now)}\x1b[K`);
    } else if (now - this.lastLoggedAt >= 30_000) {
      this.lastLoggedAt = now;
      this.stream.write(`${this.line(now)}\n`);
    }
  }

  private line(now: number): string {
    const fraction = this.total === 0 ? 1 : this.done / this.total;
    const width = 24;
    const filled = Math.round(fraction * width);
    const elapsed = (now - this.startedAt) / 1000;
    const eta = fraction > 0 ? elapsed / fraction - elapsed : NaN;
    const amount =
      this.unit === "bytes" ? `${formatBytes(this.done)}/${formatBytes(this.total)}` : `${this.done}/${this.total}`;
    return `${this.label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${amount} ${formatSeconds(elapsed)} elapsed, ETA ${formatSeconds(eta)} ${this.suffix}`;
  }
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`
      : `${s}s`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`;
}
