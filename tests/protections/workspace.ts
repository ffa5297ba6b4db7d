// The throwaway checkout the mutation check works in. Mutations are written into a copy, never into the
// checkout itself: someone may be editing it meanwhile, and a run stopped half-way must leave nothing behind.
// The copy holds what `git ls-files -co --exclude-standard` lists — tracked files and new ones not ignored,
// as they are on disk now (so work not yet committed is checked too) — and node_modules as a link to the
// checkout's, which the tests only read.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, stat, symlink } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Workspace {
  /** The folder holding both: what --keep leaves behind. */
  base: string;
  /** The copy of the checkout, where the tests run. */
  checkout: string;
  /** Reports and logs, beside the copy (never inside it: nothing there may look like a test file). */
  scratch: string;
  /** Removes everything; safe to call more than once, and synchronous so an interrupt handler can use it. */
  remove(): void;
}

/** Copies the checkout at `root` into a new folder under the system's temporary folder. */
export async function copyCheckout(root: string): Promise<Workspace> {
  const base = await mkdtemp(join(tmpdir(), 'copydesk-protections-'));
  const checkout = join(base, 'checkout');
  const scratch = join(base, 'scratch');
  let removed = false;
  const workspace: Workspace = {
    base,
    checkout,
    scratch,
    remove() {
      if (removed) return;
      removed = true;
      rmSync(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      // Playwright keeps traces in a folder named after the checkout's path (playwright.config.ts).
      rmSync(playwrightOutputFolder(checkout), { recursive: true, force: true });
    },
  };
  try {
    await mkdir(scratch, { recursive: true });
    const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const files = listed.split('\0').filter(Boolean);
    await copyFiles(root, checkout, files);
    await symlink(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
    return workspace;
  } catch (error) {
    workspace.remove();
    throw error;
  }
}

async function copyFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const made = new Set<string>();
  // A few at a time: hundreds of small files, and no need to open them all at once.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const info = await stat(join(from, file)).catch(() => null);
      if (!info?.isFile()) continue; // a tracked file deleted in the checkout, or a submodule
      const target = join(to, file);
      const folder = dirname(target);
      if (!made.has(folder)) {
        await mkdir(folder, { recursive: true });
        made.add(folder);
      }
      await copyFile(join(from, file), target);
      await chmod(target, info.mode & 0o777); // scripts stay executable
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** Where playwright.config.ts puts a checkout's traces and screenshots: a folder named by its path's hash. */
function playwrightOutputFolder(checkout: string): string {
  return join(tmpdir(), `copydesk-playwright-${createHash('sha256').update(checkout).digest('hex').slice(0, 8)}`);
}

