// Whether a Docker engine answers, asked once with a short timeout, so the Neo4j tier can skip itself plainly.
import { getContainerRuntimeClient } from 'testcontainers';

export const SKIP_LINE = 'neo4j tests skipped: no Docker engine answered (run them where Docker runs: npm test)';

export async function dockerAnswers(timeoutMs = 5_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([getContainerRuntimeClient().then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
