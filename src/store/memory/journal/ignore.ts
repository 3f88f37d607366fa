// The no-op for outcomes that are deliberately dropped: best-effort clean-up, and queue links that must never reject.

export function ignore(): void {}
