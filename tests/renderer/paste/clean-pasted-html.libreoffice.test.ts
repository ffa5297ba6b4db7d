// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bold, bulleted, cleanFixture, italic, link, numbered, paragraph, quote, subhead } from './paste-test-kit.ts';

// Both fixtures are the same story (tests/fixtures/clipboard/sources/libreoffice-story.md), so they must
// paste the same: one from a LibreOffice document, one from a Word document opened in LibreOffice.
const STORY = [
  paragraph(
    'WASHINGTON — Immigration agents arrested ',
    bold('four people'),
    ' at the county courthouse on Tuesday, ',
    italic('officials said'),
    '.',
  ),
  subhead('What happened'),
  paragraph('The arrests followed a hearing, according to ', link('https://www.example.org/court-records', 'court records'), '.'),
  bulleted(['Two were detained in the lobby', bulleted('one of them after a traffic hearing')], 'Two were detained outside'),
  quote(['“Courthouses are not sensitive locations,” a spokesperson said.']),
  numbered('Hearing', 'Arrest'),
];

describe('cleanPastedHtml() with LibreOffice Writer', () => {
  it('reads its one-<ul>-per-level lists as one nested list, <h2 class="western"> as a subhead and <blockquote> as a quote', () => {
    expect(cleanFixture('libreoffice-writer-odt.html')).toEqual({ blocks: STORY, warnings: [] });
  });

  it('pastes a Word document opened in LibreOffice the same: <font> unwrapped, "Block Text" as a quote', () => {
    expect(cleanFixture('libreoffice-writer-docx.html')).toEqual({ blocks: STORY, warnings: [] });
  });
});
