// Work over many files, a few at a time: enough at once to keep the disk busy, never thousands of open
// files (a library holds tens of thousands of folders).

/** Runs `task` on every item, at most `limit` at a time; resolves when all are done. */
export async function forEachAtMost<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
