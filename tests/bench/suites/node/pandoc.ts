// Debian's pandoc, the peer the HTML export is measured beside: the same story as Markdown turned into a
// standalone HTML page, timed from spawn to exit (a person running it waits for all of that).

import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

export const PANDOC = '/usr/bin/pandoc';
export const PANDOC_MISSING = `pandoc is not installed (apt-get install pandoc)`;

export async function pandocInstalled(): Promise<boolean> {
  return access(PANDOC, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** `pandoc --version`'s first line: "pandoc 2.17.1.1". */
export async function pandocVersion(): Promise<string> {
  const { stdout } = await run(['--version']);
  return stdout.split('\n')[0]!.trim();
}

/**
 * Converts the Markdown file to a standalone HTML5 page at `output`; answers the milliseconds from spawn to
 * exit. A failed conversion throws with what pandoc said.
 */
export async function timePandocToHtml(markdownFile: string, output: string): Promise<number> {
  const start = performance.now();
  await run(['-f', 'markdown', '-t', 'html5', '--standalone', markdownFile, '-o', output]);
  return performance.now() - start;
}

function run(args: string[]): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PANDOC, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout });
      else reject(new Error(`pandoc ${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
    });
  });
}
