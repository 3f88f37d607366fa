// A minimal Server-Sent Events client over fetch: opens a GraphQL subscription and yields each `next` event's payload.
import { TEST_KEYS } from './app.js';

export interface SseSubscription {
  /** The next `event: next` payload, or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<Record<string, any>>;
  /** The HTTP status and content type the stream was answered with. */
  status: number;
  contentType: string | null;
  close(): void;
}

export async function subscribe(base: string, query: string, as: keyof typeof TEST_KEYS = 'viewer'): Promise<SseSubscription> {
  const abort = new AbortController();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${TEST_KEYS[as]}` },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Array<Record<string, any>> = [];
  const waiting: Array<(event: Record<string, any>) => void> = [];
  let buffer = '';
  // Reads in the background from the start, so the server's subscription is live before the test writes anything.
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (!lines.includes('event: next')) continue;
          const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
          const event = JSON.parse(data) as Record<string, any>;
          const resolve = waiting.shift();
          if (resolve) resolve(event);
          else events.push(event);
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    next(timeoutMs = 5000) {
      const ready = events.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no SSE event within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
    },
    close: () => abort.abort(),
  };
}
