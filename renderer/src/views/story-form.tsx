// The story as a plain form: one labelled control per field. It holds the text of the list-shaped fields
// (highlights, keywords, the body) as typed and sends the story the cleaned-up values, so nothing jumps under
// the cursor. It is remounted (by `key`) whenever the story is replaced from disk. The Slate editor will
// replace this component; the session it talks to stays.

import { useState } from 'react';
import type { BylineEntry, Story, StoryStatus } from '../../../shared/story/schema.ts';
import { slugFollowingHeadline } from '../../../shared/story/slug.ts';
import { Field } from '../components/field.tsx';
import { KeptBlock } from '../components/kept-block.tsx';
import { bodyToSegments, segmentsToBody, type BodySegment } from '../story/body-text.ts';
import { highlightsToText, keywordsToText, textToHighlights, textToKeywords } from '../story/field-text.ts';

export const STATUS_LABELS: Record<StoryStatus, string> = { draft: 'Draft', edited: 'Edited', ready: 'Ready' };
const HEADLINE_LIMIT = 70;

export interface StoryFormProps {
  story: Story;
  onEdit: (change: (story: Story) => Story) => void;
  /** The dotted field a failed save named, to mark that control. */
  invalidField?: string | null;
  invalidMessage?: string | null;
}

export function StoryForm({ story, onEdit, invalidField, invalidMessage }: StoryFormProps) {
  // Taken once per mount: the form never changes these, so they are the frame the typed text fits into.
  const [segments] = useState<BodySegment[]>(() => bodyToSegments(story.body));
  const [otherBylines] = useState<BylineEntry[]>(() => story.byline.slice(1));
  const [firstByline] = useState<BylineEntry | undefined>(() => story.byline[0]);

  const [bodyTexts, setBodyTexts] = useState<string[]>(() =>
    segments.flatMap((segment) => (segment.kind === 'text' ? [segment.text] : [])),
  );
  const [highlightsText, setHighlightsText] = useState(() => highlightsToText(story.highlights));
  const [keywordsText, setKeywordsText] = useState(() => keywordsToText(story.keywords));
  const [bylineName, setBylineName] = useState(() => story.byline[0]?.name ?? '');

  const errorFor = (field: string) =>
    invalidField && (invalidField === field || invalidField.startsWith(`${field}.`)) ? (invalidMessage ?? null) : null;

  const set = <K extends keyof Story>(key: K, value: Story[K]) => onEdit((current) => ({ ...current, [key]: value }));

  const changeBody = (index: number, text: string) => {
    const texts = bodyTexts.map((old, i) => (i === index ? text : old));
    setBodyTexts(texts);
    let t = 0;
    const next = segments.map((segment): BodySegment =>
      segment.kind === 'text' ? { kind: 'text', text: texts[t++] ?? '' } : segment,
    );
    set('body', segmentsToBody(next));
  };

  const changeHeadline = (headline: string) =>
    onEdit((current) => ({
      ...current,
      headline,
      slug: slugFollowingHeadline(current.slug, current.headline, headline),
    }));

  const changeByline = (name: string) => {
    setBylineName(name);
    const trimmed = name.trim();
    const first: BylineEntry[] = trimmed
      ? [{ title: '', organization: '', ...firstByline, name: trimmed }]
      : [];
    set('byline', [...first, ...otherBylines]);
  };

  const textSegmentCount = bodyTexts.length;
  const headlineLength = story.headline.length;
  let textIndexCounter = 0;
  const bodyParts = segments.map((segment, index) => {
    if (segment.kind === 'kept') return <KeptBlock key={`kept-${index}`} block={segment.block} />;
    const textIndex = textIndexCounter++;
    const label = textIndex === 0 ? 'Body' : `Body, continued (part ${textIndex + 1})`;
    return (
      <Field
        key={`text-${index}`}
        label={label}
        className="field-body"
        hint={textIndex === textSegmentCount - 1 ? 'Leave a blank line between paragraphs.' : undefined}
        error={textIndex === 0 ? errorFor('body') : null}
      >
        <textarea
          className="input textarea body-textarea"
          value={bodyTexts[textIndex] ?? ''}
          rows={textSegmentCount === 1 ? 14 : 6}
          onChange={(event) => changeBody(textIndex, event.target.value)}
        />
      </Field>
    );
  });

  return (
    <form className="story-form" aria-label="Story" onSubmit={(event) => event.preventDefault()}>
      <div className="story-main">
        <Field
          label="Headline"
          className="field-headline"
          hint={
            <span className={headlineLength > HEADLINE_LIMIT ? 'over-limit' : undefined}>
              {headlineLength} / {HEADLINE_LIMIT} characters
            </span>
          }
          error={errorFor('headline')}
        >
          <input
            type="text"
            className="input headline-input"
            value={story.headline}
            placeholder="Write a headline"
            autoComplete="off"
            // A new story starts with the cursor here; an opened one leaves focus where the person put it.
            autoFocus={story.headline === '' && story.body.length === 0}
            onChange={(event) => changeHeadline(event.target.value.replace(/[\r\n]+/g, ' '))}
          />
        </Field>

        <Field label="Subheadline" error={errorFor('subheadline')}>
          <input
            type="text"
            className="input subheadline-input"
            value={story.subheadline}
            placeholder="One sentence that sums the story up"
            autoComplete="off"
            onChange={(event) => set('subheadline', event.target.value)}
          />
        </Field>

        <Field label="Highlights" hint="One per line; two to four short bullets." error={errorFor('highlights')}>
          <textarea
            className="input textarea"
            value={highlightsText}
            rows={3}
            onChange={(event) => {
              setHighlightsText(event.target.value);
              set('highlights', textToHighlights(event.target.value));
            }}
          />
        </Field>

        <div className="field-row">
          <Field
            label="Byline"
            className="field-grow"
            hint={bylineHint(firstByline, otherBylines)}
            error={errorFor('byline')}
          >
            <input
              type="text"
              className="input"
              value={bylineName}
              placeholder="Reporter’s name"
              autoComplete="off"
              onChange={(event) => changeByline(event.target.value)}
            />
          </Field>
        </div>

        <fieldset className="fieldset">
          <legend className="field-label">Dateline</legend>
          <div className="field-row">
            <Field
              label={
                <>
                  <span className="visually-hidden">Dateline </span>Location
                </>
              }
              className="field-grow"
              error={errorFor('dateline.location')}
            >
              <input
                type="text"
                className="input dateline-location"
                value={story.dateline.location}
                placeholder="e.g. WASHINGTON"
                autoComplete="off"
                onChange={(event) => set('dateline', { ...story.dateline, location: event.target.value })}
              />
            </Field>
            <Field
              label={
                <>
                  <span className="visually-hidden">Dateline </span>Source
                </>
              }
              className="field-grow"
              error={errorFor('dateline.source')}
            >
              <input
                type="text"
                className="input"
                value={story.dateline.source}
                placeholder="e.g. AP"
                autoComplete="off"
                onChange={(event) => set('dateline', { ...story.dateline, source: event.target.value })}
              />
            </Field>
          </div>
        </fieldset>

        <div className="body-parts">
          {segments.some((segment) => segment.kind === 'kept') ? (
            <p className="field-hint body-note">
              Subheads, quotes, lists, media and formatted paragraphs are shown as they are and saved unchanged; edit the
              plain paragraphs around them.
            </p>
          ) : null}
          {bodyParts}
        </div>
      </div>

      <aside className="story-desk" aria-label="Desk">
        <h2 className="desk-heading">Desk</h2>
        <Field label="Status">
          <select
            className="input select"
            value={story.status}
            onChange={(event) => set('status', event.target.value as StoryStatus)}
          >
            {(Object.keys(STATUS_LABELS) as StoryStatus[]).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Slug" hint="Short, lowercase, hyphenated: courthouse-arrests" error={errorFor('slug')}>
          <input
            type="text"
            className="input mono"
            value={story.slug}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => set('slug', event.target.value)}
          />
        </Field>
        <Field label="Keywords" hint="Separated by commas." error={errorFor('keywords')}>
          <input
            type="text"
            className="input"
            value={keywordsText}
            autoComplete="off"
            onChange={(event) => {
              setKeywordsText(event.target.value);
              set('keywords', textToKeywords(event.target.value));
            }}
          />
        </Field>
        <Field label="Editor's notes" hint="For the desk; never published.">
          <textarea
            className="input textarea"
            value={story.editorsNotes}
            rows={5}
            onChange={(event) => set('editorsNotes', event.target.value)}
          />
        </Field>
      </aside>
    </form>
  );
}

function bylineHint(first: BylineEntry | undefined, others: readonly BylineEntry[]): string | undefined {
  const parts: string[] = [];
  const role = [first?.title, first?.organization].filter(Boolean).join(', ');
  if (role) parts.push(`Shown with “${role}”.`);
  if (others.length > 0) parts.push(`Also on the byline: ${others.map((entry) => entry.name).join(', ')}.`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
