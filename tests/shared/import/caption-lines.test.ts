import { describe, expect, it } from 'vitest';
import { formatCreditLine } from '../../../shared/credits/format-credit.ts';
import { distinctCaptions, isCreditLine, reconcileCaption } from '../../../shared/import/caption-lines.ts';
import { applyLintEdits, lintStory } from '../../../shared/lint/index.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Photo } from '../../../shared/story/schema.ts';

describe('distinctCaptions()', () => {
  it('keeps one of a caption printed twice, whitespace apart', () => {
    expect(distinctCaptions(['CHICAGO, IL - JUNE 29:  Demonstrators hold a rally.', 'CHICAGO, IL - JUNE 29: Demonstrators hold a rally.'])).toEqual([
      'CHICAGO, IL - JUNE 29: Demonstrators hold a rally.',
    ]);
  });

  it('keeps the whole caption whether the cut-short one comes before or after it', () => {
    const whole = "Immigrants depart ICE custody, despite the Trump administration's recent policy.";
    const cut = 'Immigrants depart ICE custody, despite the Trump administration';
    expect(distinctCaptions([cut, whole])).toEqual([whole]);
    expect(distinctCaptions([whole, cut])).toEqual([whole]);
    expect(distinctCaptions([whole, 'Immigrants depart ICE custody, despite…'])).toEqual([whole]);
  });

  it('keeps captions that differ', () => {
    expect(distinctCaptions(['A firefighter at work.', 'Flames near homes.'])).toEqual(['A firefighter at work.', 'Flames near homes.']);
  });
});

describe('isCreditLine()', () => {
  it.each(['PHOTO: Pool', 'Photo: Reuters/Darren Whiteside', 'Credit: Reuters/Name', 'Photo by: Jane Doe', 'IMAGE: NASA'])('knows "%s" for a credit line', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each(['Photos: California wildfires', 'Photographers gathered outside.', 'A photo: the harbour'])('does not take "%s" for one', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});

describe('reconcileCaption()', () => {
  const cnn = (lines: string[]) => {
    const result = reconcileCaption(lines);
    return { caption: result.caption, credit: formatCreditLine(result.credit, 'cnn') };
  };

  it("keeps the caption's own words and the credit that says the most", () => {
    expect(
      cnn([
        'Demonstrators hold a rally in Chicago.  (Photo by Scott Olson/Getty Images)',
        'Demonstrators hold a rally in Chicago. (Photo by Scott Olson/Getty Images)',
        'PHOTO: Scott Olson/Getty Images North America/Getty Images',
      ]),
    ).toEqual({ caption: 'Demonstrators hold a rally in Chicago.', credit: 'PHOTO: Scott Olson/Getty Images North America/Getty Images' });
  });

  it('normalises names in capitals from either line', () => {
    expect(reconcileCaption(['Trump signs an order. (Photo by Mandel Ngan / AFP) (Photo credit should read MANDEL NGAN/AFP/Getty Images)', 'PHOTO: MANDEL NGAN/AFP/Getty Images']).credit).toMatchObject({
      photographers: ['Mandel Ngan'],
      organization: 'AFP',
      via: 'Getty Images',
    });
  });

  it('gives a credit line alone an empty caption, and a caption alone an empty credit', () => {
    expect(cnn(['PHOTO: POOL'])).toEqual({ caption: '', credit: 'PHOTO: Pool' });
    expect(cnn(['trump king of jordan visit', 'trump king of jordan visit'])).toEqual({ caption: 'trump king of jordan visit', credit: '' });
  });

  it('hands back a credit line it cannot read', () => {
    expect(reconcileCaption(['A view.', 'PHOTO: ???']).unreadCredit).toBe('PHOTO: ???');
  });
});

describe('reconcileCaption() when the caption and the page disagree', () => {
  const lines = [
    'President Donald Trump addresses the UN General Assembly in New York, Tuesday, Sept. 25, 2018. (AP Photo/Richard Drew)',
    'PHOTO: John Moore/Getty Images',
  ];

  it('does not choose: the caption keeps its credit and the field takes the page’s line', () => {
    const reconciled = reconcileCaption(lines);
    expect(reconciled.disagreement).toBe(true);
    expect(reconciled.caption).toBe(lines[0]);
    expect(formatCreditLine(reconciled.credit, 'cnn')).toBe('PHOTO: John Moore/Getty Images');
  });

  it('leaves it for the house-style check, whose one-click fix takes the caption’s credit', () => {
    const { caption, credit } = reconcileCaption(lines);
    const story = createStory({ id: '01jdq5f1m1tq2b9h1z4v8w7x6y', now: new Date('2026-11-28T10:00:00Z'), headline: 'UN speech' });
    story.body = [{ type: 'photo', id: 'p1', media: null, alt: 'Trump at the lectern', caption, credit }];
    const [problem] = lintStory(story).filter((found) => found.rule === 'credit-disagrees');
    expect(problem!.fix!.label).toContain('Richard Drew');
    const fixed = applyLintEdits(story, problem!.fix!.edits);
    expect(formatCreditLine((fixed.body[0] as Photo).credit, 'cnn')).toBe('PHOTO: Richard Drew/AP');
    expect(lintStory(fixed).filter((found) => found.rule === 'credit-disagrees')).toEqual([]);
  });

  it('keeps agreeing credits as one, however differently the page prints it', () => {
    const reconciled = reconcileCaption(['Firefighters spray water on the ferry. (Maui County Fire Department via AP)', 'PHOTO: Maui County Fire Department/AP']);
    expect(reconciled).toMatchObject({ disagreement: false, caption: 'Firefighters spray water on the ferry.' });
  });
});
