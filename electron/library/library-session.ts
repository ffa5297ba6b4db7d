// The library the app has open, which the person may change while it runs (File ▸ Open Library…, Open
// Recent). Whatever serves the window — the bridge's handlers, the media protocol, the events to the page —
// reaches the library through the session instead of holding a StoryLibrary, so a switch takes effect for all
// of them at once, and the window's listeners follow it to the new library without subscribing again.
//
// A switch opens the new library completely (its index read or rebuilt, crash leftovers swept, its folder
// watched) before the old one is let go: a folder that cannot be opened leaves the person where they were.

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EventEmitter } from 'node:events';
import { CopydeskError } from '../../shared/errors.ts';
import { fileSystemError } from './fs-errors.ts';
import { KeyedMutex } from './keyed-mutex.ts';
import { StoryLibrary, type LibraryEvents, type StoryLibraryOptions } from './story-library.ts';

export interface LibrarySessionOptions {
  /** Passed to every library the session opens (the desktop app's system trash, a test's clock). */
  libraryOptions?: StoryLibraryOptions;
  /** Watch the open library's folder for changes made outside Copydesk (default true). */
  watch?: boolean;
  /** How long after a library opens its crash leftovers are swept (default SWEEP_DELAY_MS). */
  sweepDelayMs?: number;
}

/**
 * The sweep waits this long after a library opens. It lists every folder (30,000 in a library of 10,000
 * stories: over a second of the disk's and the processor's time), and right after opening, the window is
 * loading and painting its first screen: a start of the browser host took 0.4–0.6 s longer with the sweep
 * running beside it.
 */
export const SWEEP_DELAY_MS = 5_000;

const LIBRARY_EVENTS = ['storyChanged', 'libraryChanged'] as const;

/** What a window needs told: stories and the library changing (a StoryLibrary or, following switches, a session). */
export interface LibraryEventSource {
  on<E extends keyof LibraryEvents>(event: E, listener: (...payload: LibraryEvents[E]) => void): unknown;
  off<E extends keyof LibraryEvents>(event: E, listener: (...payload: LibraryEvents[E]) => void): unknown;
}

export class LibrarySession extends EventEmitter<LibraryEvents> {
  private current: StoryLibrary;
  private stopWatching: () => void = () => {};
  private readonly switching = new KeyedMutex();
  private readonly forward = {
    storyChanged: (payload: LibraryEvents['storyChanged'][0]) => this.emit('storyChanged', payload),
    libraryChanged: (payload: LibraryEvents['libraryChanged'][0]) => this.emit('libraryChanged', payload),
  };

  private constructor(
    library: StoryLibrary,
    private readonly options: LibrarySessionOptions,
  ) {
    super();
    this.current = library;
    this.follow(library);
  }

  /** Opens the library at `path` (creating the folder if needed, as on first start). */
  static async open(path: string, options: LibrarySessionOptions = {}): Promise<LibrarySession> {
    const library = await StoryLibrary.open(path, options.libraryOptions);
    const session = new LibrarySession(library, options);
    session.sweep(library);
    return session;
  }

  /** A session over a library already open (tests, and hosts that opened it themselves). */
  static of(library: StoryLibrary, options: LibrarySessionOptions = {}): LibrarySession {
    return new LibrarySession(library, { watch: false, ...options });
  }

  /** The library open now. Ask again after any await: a switch may have happened meanwhile. */
  get library(): StoryLibrary {
    return this.current;
  }

  /** The open library's story folder for `id` (the media protocol's question). */
  folderOf(id: string): string {
    return this.current.folderOf(id);
  }

  /** Starts watching the open library, and each library switched to; returns a function that stops. */
  watchForChanges(): () => void {
    this.options.watch = true;
    this.stopWatching();
    this.stopWatching = this.current.watchForChanges();
    return () => {
      this.options.watch = false;
      this.stopWatching();
      this.stopWatching = () => {};
    };
  }

  /**
   * Makes the library at `path` the open one. The folder must exist: a path typed by hand with a slip in it
   * should not quietly become an empty library. Opening the library already open changes nothing.
   */
  async switchTo(path: string): Promise<StoryLibrary> {
    return this.switching.run('switch', async () => {
      const root = resolve(path);
      if (root === this.current.root) return this.current;
      const folder = await stat(root).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new CopydeskError('not-found', `There is no folder at ${root}. Choose a folder that exists, or create it first.`, {
            path: root,
          });
        }
        throw fileSystemError(error, 'open the library folder', root);
      });
      if (!folder.isDirectory()) {
        throw new CopydeskError('invalid-argument', `A library is a folder, but ${root} is a file.`, { path: root });
      }
      const next = await StoryLibrary.open(root, this.options.libraryOptions);
      this.sweep(next);

      const previous = this.current;
      this.stopWatching();
      this.stopWatching = () => {};
      for (const event of LIBRARY_EVENTS) previous.off(event, this.forward[event]);
      this.current = next;
      this.follow(next);
      if (this.options.watch) this.stopWatching = next.watchForChanges();
      this.emit('libraryChanged', { reason: 'switched' });
      return next;
    });
  }

  /** The sweep of a crash's leftovers in the library opened last; tests wait for it. */
  sweeping: Promise<number> = Promise.resolve(0);

  /**
   * Removes a crash's leftover temporary files, in the background and a few seconds after opening: a library
   * of 10,000 stories has 30,000 folders to list, and nobody should wait for that to start writing or see
   * the first screen. A save's own temporary file is younger than the sweep's cutoff and is never touched; a
   * failure costs nothing but a stray file. The wait keeps no process alive.
   */
  private sweep(library: StoryLibrary): void {
    const delay = this.options.sweepDelayMs ?? SWEEP_DELAY_MS;
    this.sweeping = new Promise<void>((start) => setTimeout(start, delay).unref())
      .then(() => library.sweepTemporaryFiles())
      .catch(() => 0);
  }

  private follow(library: StoryLibrary): void {
    for (const event of LIBRARY_EVENTS) library.on(event, this.forward[event]);
  }
}
