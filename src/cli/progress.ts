// A plain-text progress bar on stderr: one line redrawn with \r, so it stays out of the summary on stdout.

const WIDTH = 24;

export class ProgressBar {
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Redraws the bar: `done` of `total` finished, `label` in progress. */
  update(done: number, label: string): void {
    const filled = this.total === 0 ? WIDTH : Math.round((done / this.total) * WIDTH);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${this.total} ${label}`;
    // Padding clears what a longer previous label left behind.
    this.out.write(`\r${line.slice(0, 100).padEnd(100)}`);
    this.shown = true;
  }

  finish(): void {
    if (this.shown) this.out.write('\n');
  }
}
