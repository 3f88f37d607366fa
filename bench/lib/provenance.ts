// What a bench run's figures came from: the command that reproduces it and the commit it measured.
import { execFileSync } from 'node:child_process';

/** The npm script when the arguments are exactly its own, else the node command line with every argument kept. */
export function commandLine(args: readonly string[]): string {
  if (args.length === 1 && args[0] === '--full') return 'npm run bench';
  if (args.length === 1 && args[0] === '--quick') return 'npm run bench:quick';
  return ['node --import tsx bench/run.ts', ...args].join(' ');
}

/** `commit abc1234` (with "plus uncommitted changes" when the tree differs), or why no commit can be named. */
export function describeCheckout(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `commit ${commit}${changed ? ' plus uncommitted changes' : ''}`;
  } catch {
    return 'no git checkout (commit unknown)';
  }
}
