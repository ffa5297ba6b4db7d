import { describe, expect, it } from 'vitest';
import { isTemplateFolder, templateNameFromFolder } from '../../../shared/templates/template-summary.ts';

describe('isTemplateFolder()', () => {
  it('is true for a folder directly inside the library’s templates folder', () => {
    expect(isTemplateFolder('/home/ana/Copydesk', '/home/ana/Copydesk/templates/breaking-news')).toBe(true);
    expect(isTemplateFolder('C:\\Users\\ana\\Copydesk', 'C:\\Users\\ana\\Copydesk\\templates\\feature')).toBe(true);
  });

  it('is false for a story, for a library that is itself called "templates", and for another library', () => {
    expect(isTemplateFolder('/home/ana/Copydesk', '/home/ana/Copydesk/2026-courthouse-arrests')).toBe(false);
    expect(isTemplateFolder('/home/ana/templates', '/home/ana/templates/2026-harbour-storm')).toBe(false);
    expect(isTemplateFolder('/home/ana/Copydesk', '/home/ana/Other/templates/feature')).toBe(false);
    expect(isTemplateFolder('/home/ana/Copydesk', '/home/ana/Copydesk/templates/feature/media')).toBe(false);
  });
});

describe('templateNameFromFolder()', () => {
  it('turns a folder name into a name to show', () => {
    expect(templateNameFromFolder('weather-watch')).toBe('Weather watch');
    expect(templateNameFromFolder('obituary_short')).toBe('Obituary short');
    expect(templateNameFromFolder('---')).toBe('Template');
  });
});
