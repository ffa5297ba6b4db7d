import type { StoryStatus } from '../../../shared/story/schema.ts';

/** The story's way through the desk, in order: draft → edited → ready. */
export const STATUS_LABELS: Record<StoryStatus, string> = { draft: 'Draft', edited: 'Edited', ready: 'Ready' };
