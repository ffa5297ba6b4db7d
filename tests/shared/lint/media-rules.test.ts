// Pictures, their captions and credits, and videos.
import { describe, expect, it } from 'vitest';
import { applyLintEdits } from '../../../shared/lint/index.ts';
import { LintSettings } from '../../../shared/lint/lint-settings.ts';
import { cleanStory, credit, DREW_AP, expectFixResolves, GOOD_CAPTION, photo, poster, problemsOf, video } from './lint-test-story.ts';

const NO_CREDIT = credit();

describe('picture rules', () => {
  it('reports a photo without a picture, alt text or credit as errors, and without a caption as a warning', () => {
    const story = cleanStory({ body: [photo({ media: null, alt: ' ', caption: '', credit: NO_CREDIT })] });
    expect(problemsOf(story, 'photo-no-picture')).toMatchObject([{ severity: 'error', where: { path: ['body', 0, 'media'] } }]);
    expect(problemsOf(story, 'photo-no-alt')).toMatchObject([{ severity: 'error', where: { path: ['body', 0, 'alt'] } }]);
    expect(problemsOf(story, 'photo-no-credit')).toMatchObject([{ severity: 'error', where: { path: ['body', 0, 'credit'] } }]);
    expect(problemsOf(story, 'photo-no-caption')).toMatchObject([{ severity: 'warning', where: { path: ['body', 0, 'caption'] } }]);
  });

  it('checks the lead photo and the posters of lead, body and related videos', () => {
    const bare = { alt: '', credit: NO_CREDIT };
    const story = cleanStory({
      lead: video({ id: 'lead', poster: poster(bare) }),
      body: [video({ poster: poster(bare) })],
      relatedVideos: [video({ id: 'r1' }), video({ id: 'r2', poster: poster(bare) })],
    });
    expect(problemsOf(story, 'photo-no-alt').map((problem) => problem.where.path.join('.'))).toEqual([
      'lead.poster.alt',
      'body.0.poster.alt',
      'relatedVideos.1.poster.alt',
    ]);
    expect(problemsOf(cleanStory({ lead: photo({ alt: '' }) }), 'photo-no-alt')).toMatchObject([{ where: { path: ['lead', 'alt'] } }]);
  });

  it('leaves a poster without a picture to the video rule', () => {
    const story = cleanStory({ body: [video({ poster: poster({ media: null, alt: '', credit: NO_CREDIT }) })] });
    expect(problemsOf(story, 'photo-no-alt')).toEqual([]);
    expect(problemsOf(story, 'photo-no-credit')).toEqual([]);
    expect(problemsOf(story, 'video-no-poster')).toMatchObject([{ where: { path: ['body', 0, 'poster'] } }]);
  });
});

describe('caption credit rules', () => {
  it('offers the caption’s credit when it names someone other than the credit field', () => {
    const caption = `${GOOD_CAPTION} (AP Photo/Evan Vucci)`;
    const story = cleanStory({ body: [photo({ caption })] });
    const [problem] = problemsOf(story, 'credit-disagrees');
    expect(problem).toMatchObject({
      severity: 'warning',
      message: 'The caption credits “AP Photo/Evan Vucci”, but the credit field says “Richard Drew/AP”.',
      where: { path: ['body', 0, 'caption'], start: GOOD_CAPTION.length + 1, end: caption.length },
    });
    expect(problem!.fix!.label).toBe('Use “AP Photo/Evan Vucci” from the caption');
    const fixed = expectFixResolves(story, problem!);
    const fixedPhoto = fixed.body[0] as ReturnType<typeof photo>;
    expect(fixedPhoto.credit).toMatchObject({ photographers: ['Evan Vucci'], organization: 'AP' });
    // Moved, not copied: the credit field is printed after the caption.
    expect(fixedPhoto.caption).toBe(GOOD_CAPTION);
  });

  it('says nothing when the caption credits the same people however it is written', () => {
    const story = cleanStory({ body: [photo({ caption: `${GOOD_CAPTION} (AP PHOTO/RICHARD DREW)` })] });
    expect(problemsOf(story, 'credit-disagrees')).toEqual([]);
  });

  it('moves a credit that is only in the caption into the empty credit field, instead of "no credit"', () => {
    const caption = 'Immigrants depart ICE custody on June 11, 2018 in McAllen, Texas. PHOTO: John Moore/Getty Images';
    const story = cleanStory({ body: [photo({ caption, credit: NO_CREDIT })] });
    expect(problemsOf(story, 'photo-no-credit')).toEqual([]);
    const [problem] = problemsOf(story, 'credit-only-in-caption');
    expect(problem).toMatchObject({ severity: 'error', where: { path: ['body', 0, 'caption'], start: 66, end: caption.length } });
    expect(problem!.fix!.label).toBe('Use “PHOTO: John Moore/Getty Images” from the caption');
    const fixed = expectFixResolves(story, problem!);
    expect(problemsOf(fixed, 'photo-no-credit')).toEqual([]);
    expect(fixed.body[0]).toMatchObject({
      caption: 'Immigrants depart ICE custody on June 11, 2018 in McAllen, Texas.',
      credit: { photographers: ['John Moore'], organization: 'Getty Images' },
    });
  });

  it('still reports "no credit" when the desk has switched the caption credit rule off', () => {
    const story = cleanStory({ body: [photo({ caption: `${GOOD_CAPTION} (AP Photo/Evan Vucci)`, credit: NO_CREDIT })] });
    const settings = LintSettings.parse({ disabledRules: ['credit-only-in-caption'] });
    expect(problemsOf(story, 'photo-no-credit', settings)).toHaveLength(1);
  });

  it('flags a caption that repeats the credit the field already holds, which would print twice', () => {
    const caption = `${GOOD_CAPTION} (AP Photo/Richard Drew)`;
    const story = cleanStory({ lead: photo({ caption, credit: DREW_AP }) });
    const [problem] = problemsOf(story, 'credit-repeated-in-caption');
    expect(problem!.fix!.label).toBe('Remove the credit from the caption');
    const fixed = expectFixResolves(story, problem!);
    expect(fixed.lead).toMatchObject({ caption: GOOD_CAPTION, credit: DREW_AP });
  });

  it('checks poster captions too', () => {
    const story = cleanStory({ relatedVideos: [video({ poster: poster({ caption: `${GOOD_CAPTION} REUTERS/Danish Siddiqui` }) })] });
    expect(problemsOf(story, 'credit-disagrees')).toMatchObject([{ where: { path: ['relatedVideos', 0, 'poster', 'caption'] } }]);
  });
});

describe('caption place and date rules', () => {
  it('accepts AP captions that say where and when', () => {
    for (const caption of [
      GOOD_CAPTION,
      'Central American immigrants depart ICE custody, pending future immigration court hearings on June 11, 2018 in McAllen, Texas.',
      'Protesters gather outside the White House on Monday.',
    ]) {
      const story = cleanStory({ body: [photo({ caption })] });
      expect(problemsOf(story, 'caption-no-place'), caption).toEqual([]);
      expect(problemsOf(story, 'caption-no-date'), caption).toEqual([]);
    }
  });

  it('hints, as info, that a caption names no place or no date', () => {
    const story = cleanStory({ body: [photo({ caption: 'Protesters wave flags on Tuesday.' })] });
    expect(problemsOf(story, 'caption-no-place')).toMatchObject([{ severity: 'info', where: { path: ['body', 0, 'caption'] } }]);
    expect(problemsOf(story, 'caption-no-date')).toEqual([]);
    const undated = cleanStory({ body: [photo({ caption: 'Protesters wave flags in Jakarta.' })] });
    expect(problemsOf(undated, 'caption-no-date')).toMatchObject([{ severity: 'info' }]);
    expect(problemsOf(undated, 'caption-no-place')).toEqual([]);
  });

  it('does not take the modal "may" for a month, or the caption’s own credit for a place', () => {
    const story = cleanStory({ body: [photo({ caption: 'Officials may decide soon. (AP Photo/Richard Drew)' })] });
    expect(problemsOf(story, 'caption-no-date')).toHaveLength(1);
    expect(problemsOf(story, 'caption-no-place')).toHaveLength(1);
  });

  it('can be switched off one at a time', () => {
    const story = cleanStory({ body: [photo({ caption: 'Protesters wave flags.' })] });
    const settings = LintSettings.parse({ disabledRules: ['caption-no-date'] });
    expect(problemsOf(story, 'caption-no-date', settings)).toEqual([]);
    expect(problemsOf(story, 'caption-no-place', settings)).toHaveLength(1);
  });
});

describe('video rules', () => {
  it('warns about a video with no running time, or one of 00:00', () => {
    const story = cleanStory({ relatedVideos: [video({ durationSeconds: null }), video({ id: 'v2', durationSeconds: 0 })] });
    expect(problemsOf(story, 'video-no-duration')).toMatchObject([
      { severity: 'warning', where: { path: ['relatedVideos', 0, 'durationSeconds'] } },
      { severity: 'warning', where: { path: ['relatedVideos', 1, 'durationSeconds'] } },
    ]);
    expect(problemsOf(cleanStory({ relatedVideos: [video()] }), 'video-no-duration')).toEqual([]);
  });

  it('warns about a video with no title', () => {
    expect(problemsOf(cleanStory({ lead: video({ title: ' ' }) }), 'video-no-title')).toMatchObject([
      { severity: 'warning', where: { path: ['lead', 'title'] } },
    ]);
  });

  it('warns about a video with no poster picture', () => {
    expect(problemsOf(cleanStory({ body: [video({ poster: null })] }), 'video-no-poster')).toHaveLength(1);
    expect(problemsOf(cleanStory({ body: [video()] }), 'video-no-poster')).toEqual([]);
  });
});

describe('every fix', () => {
  it('applies to the story it was made for without changing the original', () => {
    const story = cleanStory({ body: [photo({ caption: `${GOOD_CAPTION} (AP Photo/Evan Vucci)` })] });
    const before = JSON.stringify(story);
    applyLintEdits(story, problemsOf(story, 'credit-disagrees')[0]!.fix!.edits);
    expect(JSON.stringify(story)).toBe(before);
  });
});
