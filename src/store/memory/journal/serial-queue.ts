// Runs async tasks one after another, so tasks touching the same file never interleave.
import { ignore } from './ignore.js';

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `task` after every task queued before it; its failure is the caller's and does not stop the tasks after it. */
  run(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(task);
    this.tail = run.then(ignore, ignore);
    return run;
  }

  /** Waits until the queue has gone quiet: tasks queued while waiting are waited for too. */
  async settle(): Promise<void> {
    for (let tail = this.tail; ; tail = this.tail) {
      await tail;
      if (tail === this.tail) return;
    }
  }
}
