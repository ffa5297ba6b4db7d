// The renderer's hold on open stories: a registry of sessions (one per story id) and the React hook views
// use. A view attaches while it shows the story; when the last view lets go, the session saves what is
// pending and is dropped only once nothing is left unsaved — until then it keeps retrying, and opening the
// story again finds the same edits.

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CopydeskBridge, OpenedStory } from '../../../shared/bridge/contract.ts';
import { StorySession, type StorySessionOptions, type StorySessionState } from './story-session.ts';

interface Entry {
  session: StorySession;
  attached: number;
}

const sessions = new Map<string, Entry>();
let sessionOptions: StorySessionOptions = {};
const registryListeners = new Set<() => void>();
let unsavedSnapshot: readonly string[] = [];

function registryChanged(): void {
  const next = [...sessions.values()].filter(({ session }) => session.hasUnsavedChanges).map(({ session }) => session.id);
  if (next.length !== unsavedSnapshot.length || next.some((id, i) => id !== unsavedSnapshot[i])) {
    unsavedSnapshot = next;
    for (const listener of registryListeners) listener();
  }
}

function register(session: StorySession): Entry {
  const entry: Entry = { session, attached: 0 };
  sessions.set(session.id, entry);
  session.subscribe(registryChanged);
  return entry;
}

/** Tests shorten the autosave pause and retry waits. */
export function configureStorySessions(options: StorySessionOptions): void {
  sessionOptions = options;
}

/** The session for a story, made (and opened) on first use. */
export function getStorySession(bridge: CopydeskBridge, id: string): StorySession {
  let entry = sessions.get(id);
  if (!entry) {
    entry = register(new StorySession(bridge, id, sessionOptions));
  }
  return entry.session;
}

/** A story the bridge just created or opened: the session starts from it without asking the disk again. */
export function adoptOpenedStory(bridge: CopydeskBridge, opened: OpenedStory): StorySession {
  const existing = sessions.get(opened.story.id);
  if (existing) return existing.session;
  return register(new StorySession(bridge, opened.story.id, sessionOptions, opened)).session;
}

function attach(session: StorySession): () => void {
  const entry = sessions.get(session.id);
  if (!entry || entry.session !== session) return () => {};
  entry.attached++;
  return () => {
    entry.attached--;
    // Let a view that re-attaches straight away (React's strict mode, a quick back-and-forth) keep it.
    setTimeout(() => void releaseIfIdle(entry), 0);
  };
}

async function releaseIfIdle(entry: Entry): Promise<void> {
  if (entry.attached > 0) return;
  const saved = await entry.session.saveNow();
  if (!saved) {
    // Still unsaved (a conflict, a failing disk): keep the session and its text; check again later.
    const unsubscribe = entry.session.subscribe(() => {
      if (!entry.session.hasUnsavedChanges) {
        unsubscribe();
        void releaseIfIdle(entry);
      }
    });
    return;
  }
  if (entry.attached > 0 || sessions.get(entry.session.id) !== entry) return;
  sessions.delete(entry.session.id);
  entry.session.destroy();
  registryChanged();
}

/** True while any story open in this window has edits not yet on disk (for the beforeunload warning). */
export function hasUnsavedStories(): boolean {
  for (const { session } of sessions.values()) if (session.hasUnsavedChanges) return true;
  return false;
}

/**
 * Saves every story open in this window now (before the window starts afresh in another library). Answers the
 * headlines of those that could not be saved — a conflict, a failing disk — whose edits are still only here.
 */
export async function saveAllOpenStories(): Promise<string[]> {
  const results = await Promise.all(
    [...sessions.values()].map(async ({ session }) =>
      (await session.saveNow()) ? null : session.getState().story?.headline.trim() || 'Untitled story',
    ),
  );
  return results.filter((headline): headline is string => headline !== null);
}

/** The ids of stories with edits not yet on disk, kept up to date: the library tells the person about them. */
export function useUnsavedStoryIds(): readonly string[] {
  return useSyncExternalStore(subscribeToRegistry, () => unsavedSnapshot);
}

function subscribeToRegistry(listener: () => void): () => void {
  registryListeners.add(listener);
  return () => registryListeners.delete(listener);
}

/** The working headline of an open story, for naming it in messages. */
export function openStoryHeadline(id: string): string | null {
  return sessions.get(id)?.session.getState().story?.headline ?? null;
}

/** A view's hold on a story: its session and the session's current state. */
export function useStorySession(bridge: CopydeskBridge, id: string): { session: StorySession; state: StorySessionState } {
  const session = getStorySession(bridge, id);
  const [, rerender] = useState(0);
  useEffect(() => {
    // The registry may have dropped this session between render and effect: render again to get the live one.
    if (sessions.get(id)?.session !== session) {
      rerender((n) => n + 1);
      return undefined;
    }
    return attach(session);
  }, [id, session]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
