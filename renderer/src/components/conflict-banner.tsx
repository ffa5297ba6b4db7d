// The story changed on disk under edits made here: the person chooses whose version wins, and nothing is
// lost whichever they pick.
//   Keep mine          saves this window's version over the one on disk (which stays in the history).
//   Take theirs        drops this window's edits and shows the version on disk.
//   Save mine as a copy   saves this window's version as a new story ("…-copy"), opens it, and shows the
//                      original as it is on disk.

import { useState } from 'react';
import type { CopydeskBridge, OpenedStory } from '../../../shared/bridge/contract.ts';
import { navigate, storyHref } from '../app/route.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import type { StorySession } from '../state/story-session.ts';
import { adoptOpenedStory } from '../state/use-story-session.ts';
import { Banner } from './banner.tsx';

/** What the banner needs of the open story: a StorySession fits. */
export type ConflictSession = Pick<StorySession, 'id' | 'getState' | 'keepMine' | 'reloadFromDisk'>;

export interface ConflictBannerProps {
  bridge: CopydeskBridge;
  session: ConflictSession;
  /** An action of the session is under way (state.busy): the buttons wait. */
  busy?: boolean;
  /** Shows the copy once it is saved; by default the window goes to it. */
  onOpenCopy?: (copy: OpenedStory) => void;
}

/**
 * Saves the session's working copy as a new story, registers it as open (so showing it reads nothing
 * again), then reloads the original from disk. Returns the copy.
 */
export async function saveMineAsCopy(bridge: CopydeskBridge, session: ConflictSession): Promise<OpenedStory> {
  const story = session.getState().story;
  if (!story) throw new Error('There is no story to copy.');
  const copy = await bridge.story.saveCopy({ story });
  adoptOpenedStory(bridge, copy);
  const headline = copy.story.headline.trim() || 'Untitled story';
  await session.reloadFromDisk(`Your version was saved as a copy (“${headline}”, ${copy.story.slug}). This is the version on disk.`);
  return copy;
}

export function ConflictBanner({ bridge, session, busy = false, onOpenCopy }: ConflictBannerProps) {
  const [copying, setCopying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const disabled = busy || copying;

  async function copy() {
    setCopying(true);
    setError(null);
    try {
      const opened = await saveMineAsCopy(bridge, session);
      (onOpenCopy ?? ((story: OpenedStory) => navigate(storyHref(story.story.id))))(opened);
    } catch (thrown) {
      setError(`The copy was not saved: ${reviveError(thrown).message} Your text is still here.`);
    } finally {
      setCopying(false);
    }
  }

  return (
    <Banner
      tone="warning"
      title="This story was changed on disk since you opened it."
      actions={
        <>
          <button type="button" className="button" disabled={disabled} onClick={() => void session.keepMine()}>
            Keep mine
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled}
            aria-label="Take theirs: reload from disk"
            onClick={() => void session.reloadFromDisk()}
          >
            Take theirs
          </button>
          <button type="button" className="button" disabled={disabled} onClick={() => void copy()}>
            {copying ? 'Saving a copy…' : 'Save mine as a copy'}
          </button>
        </>
      }
    >
      <p>
        Another program or another Copydesk window saved it, so your changes were not written over it. “Keep mine” saves
        your version over theirs; “Take theirs” shows their version and drops your changes; “Save mine as a copy” keeps
        both: yours becomes a new story and this one shows theirs.
      </p>
      {error ? <p className="conflict-error">{error}</p> : null}
    </Banner>
  );
}
