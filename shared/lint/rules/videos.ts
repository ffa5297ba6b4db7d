// Videos in the lead, the body and the related list: a title, a running time a player can print ("01:17"),
// and a poster. The same warnings shared/render/export-check.ts lists at export.

import type { LintRuleFamily } from '../rule.ts';

const NO_TITLE = {
  id: 'video-no-title',
  severity: 'warning',
  title: 'Video without a title',
  description: 'A video has no title; the player and the related-video list show it.',
} as const;

const NO_DURATION = {
  id: 'video-no-duration',
  severity: 'warning',
  title: 'Video without a running time',
  description: 'A video has no running time (or one of 00:00); the player prints it as mm:ss or h:mm:ss.',
} as const;

const NO_POSTER = {
  id: 'video-no-poster',
  severity: 'warning',
  title: 'Video without a poster',
  description: 'A video has no poster picture: readers and search engines see no image for it.',
} as const;

export const videoRules: LintRuleFamily = {
  rules: [NO_TITLE, NO_DURATION, NO_POSTER],
  check({ parts, report }) {
    for (const { path, video } of parts.videos) {
      if (!video.title.trim()) report(NO_TITLE, 'This video has no title.', { path: [...path, 'title'] });
      if (video.durationSeconds === null) {
        report(NO_DURATION, 'This video has no running time: enter it as mm:ss or h:mm:ss.', {
          path: [...path, 'durationSeconds'],
        });
      } else if (video.durationSeconds === 0) {
        report(NO_DURATION, 'This video’s running time is 00:00: enter its real length.', {
          path: [...path, 'durationSeconds'],
        });
      }
      if (!video.poster?.media) {
        report(NO_POSTER, 'This video has no poster picture: readers and search engines see no image for it.', {
          path: [...path, 'poster'],
        });
      }
    }
  },
};
