// The text a peer page holds: paragraphs.json beside the page, written by the benchmark (build-peers.ts) from
// the same generated story Copydesk opens.

export async function loadParagraphs(): Promise<string[]> {
  const response = await fetch(new URL('./paragraphs.json', document.baseURI));
  if (!response.ok) throw new Error(`paragraphs.json: HTTP ${response.status}`);
  return (await response.json()) as string[];
}

/** Tells the benchmark the editor is on the page and holds the text. */
export function markReady(paragraphs: number): void {
  document.documentElement.dataset.peerReady = String(paragraphs);
}
