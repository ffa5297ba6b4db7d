import { describe, expect, it } from 'vitest';
import { formatCreditLine } from '../../../shared/credits/format-credit.ts';
import { importPageText } from '../../../shared/import/page-text.ts';
import { blockText } from '../../../shared/story/plain-text.ts';

const page = (...lines: string[]) => importPageText(lines.join('\n'), 'page.txt');
const posterCredit = (result: ReturnType<typeof page>, index: number) => {
  const poster = result.parts.relatedVideos[index]?.poster;
  return poster ? formatCreditLine(poster.credit, 'cnn') : null;
};

describe('importPageText() video list', () => {
  it('gives each video the poster printed before its "Now playing" line, not after', () => {
    const result = page(
      'Now playing', '00:33', 'First video',
      'Caption of the second poster. (AP Photo/Richard Drew)', 'PHOTO: Richard Drew/AP',
      'Now playing', '01:17', 'Second video',
      '', 'The story.',
    );
    expect(result.parts.relatedVideos.map((video) => [video.title, video.durationSeconds])).toEqual([['First video', 33], ['Second video', 77]]);
    expect(result.parts.relatedVideos[0]!.poster).toBeNull();
    expect(result.parts.relatedVideos[1]!.poster).toMatchObject({ media: null, caption: 'Caption of the second poster.' });
    expect(posterCredit(result, 1)).toBe('PHOTO: Richard Drew/AP');
  });

  it('reads hour-long, missing and unreadable running times', () => {
    const result = page('Now playing', '1:02:03', 'Full briefing', 'Now playing', 'No time printed', 'Now playing', '1:75', 'Odd time', '', 'The story.');
    expect(result.parts.relatedVideos.map((video) => [video.title, video.durationSeconds])).toEqual([
      ['Full briefing', 3723],
      ['No time printed', null],
      ['Odd time', null],
    ]);
    expect(result.notes).toContainEqual(expect.objectContaining({ severity: 'info', path: ['relatedVideos'], message: expect.stringContaining('"No time printed"') }));
    expect(result.notes).toContainEqual(expect.objectContaining({ severity: 'warning', path: ['relatedVideos', 2, 'durationSeconds'] }));
  });

  it('reads a running time printed after the title', () => {
    const result = page('Now playing', 'Storm hits the coast', '02:05', 'PHOTO: CNN', 'Now playing', 'Aftermath', '1:02:03');
    expect(result.parts.relatedVideos.map((video) => [video.title, video.durationSeconds, video.poster?.credit.organization ?? null])).toEqual([
      ['Storm hits the coast', 125, null],
      ['Aftermath', 3723, 'CNN'],
    ]);
  });

  it('makes a poster of a credit line alone, and of a caption printed once with no credit', () => {
    const result = page('Now playing', '00:10', 'One', 'PHOTO: MANDEL NGAN/AFP/Getty Images', 'Now playing', '00:20', 'Two', 'trump king of jordan visit', 'Now playing', '00:30', 'Three');
    expect(result.parts.relatedVideos[1]!.poster).toMatchObject({ caption: '', credit: { photographers: ['Mandel Ngan'], organization: 'AFP', via: 'Getty Images' } });
    expect(result.parts.relatedVideos[2]!.poster).toMatchObject({ caption: 'trump king of jordan visit', credit: { photographers: [], organization: '' } });
  });

  it('does not take the story above the first video for its poster', () => {
    const result = page('A page headline', '', 'Now playing', '00:10', 'One');
    expect(result.parts.relatedVideos[0]!.poster).toBeNull();
  });

  it('takes a poster printed right above the first video', () => {
    const result = page('The story ends here.', '', 'A cutter patrols off Maui. (AP Photo/Caleb Jones)', 'Now playing', '00:10', 'One');
    expect(result.parts.relatedVideos[0]!.poster).toMatchObject({ caption: 'A cutter patrols off Maui.' });
    expect(result.parts.body.map((block) => blockText(block)[0])).toEqual(['The story ends here.']);
  });

  it('leaves a stray "Now playing" out with a note, and gives a page without videos none', () => {
    const result = page('Story highlights', '', 'One point', '', '(CNN) — The story.', '', 'Now playing');
    expect(result.parts.relatedVideos).toEqual([]);
    expect(result.notes).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^Left out 1 video player label/) }));
  });
});

describe('importPageText() story', () => {
  it('finds the headline the page printed above the byline, and none when the page has none', () => {
    const withHeadline = page('Storm closes port', 'By Jane Doe, CNN', '', '(CNN) — The port closed.');
    expect(withHeadline.parts.headline).toBe('Storm closes port');
    expect(withHeadline.parts.byline).toEqual([{ name: 'Jane Doe', title: '', organization: 'CNN' }]);
    const without = page('The port closed on Friday.', '', 'Officials said it would reopen.');
    expect(without.parts.headline).toBe('');
    expect(without.notes).toContainEqual(expect.objectContaining({ severity: 'warning', path: ['headline'] }));
  });

  it('makes a photo of caption lines closed by a credit line, without taking the paragraph above', () => {
    const result = page(
      'The paragraph before.',
      'Firefighters spray water on the ferry.',
      'Firefighters spray water on the ferry. (Maui County Fire Department via AP)',
      'PHOTO: Maui County Fire Department/AP',
      '',
      'The paragraph after.',
    );
    expect(result.parts.body.map((block) => block.type)).toEqual(['paragraph', 'photo', 'paragraph']);
    expect(result.parts.body[1]).toMatchObject({ caption: 'Firefighters spray water on the ferry.', media: null });
    expect(result.pictures).toEqual([]);
  });

  it('makes a photo of a line that ends with a photo credit, even with no credit line under it', () => {
    const result = page(
      'Washington (CNN)The story begins.',
      'A child cries at the border. (John Moore/Getty Images)',
      'The story goes on (via Twitter).',
      'Officials spoke. (AP Photo/Evan Vucci)',
      'PHOTO: Evan Vucci/AP',
    );
    expect(result.parts.body.map((block) => [block.type, blockText(block)[0]])).toEqual([
      ['paragraph', 'Washington (CNN)The story begins.'],
      ['photo', 'A child cries at the border.'],
      ['paragraph', 'The story goes on (via Twitter).'],
      ['photo', 'Officials spoke.'],
    ]);
  });

  it('makes photos of a gallery’s captions and leaves its controls out', () => {
    const result = page('Story.', 'Photos: Wildfires', 'A firefighter at work.', 'Hide Caption', '1 of 2', 'Flames near homes.', 'Hide Caption', '2 of 2');
    expect(result.parts.body.map((block) => blockText(block)[0])).toEqual(['Story.', 'A firefighter at work.', 'Flames near homes.']);
    expect(result.notes).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^Left out 5 gallery counters/) }));
  });
});
