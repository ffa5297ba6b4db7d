// A story shown as text to read, not edit: how a snapshot in the history looked. Built from the story model
// with React elements (never HTML strings), so nothing in a snapshot can run or reach the network; pictures
// come from the story's own media folder.

import type { ReactNode } from 'react';
import type { BodyBlock, Credit, Inline, List, Photo, Story, Video } from '../../../shared/story/schema.ts';
import { formatDuration } from '../../../shared/text/duration.ts';
import { mediaUrl } from '../media/media-url.ts';

function InlineText({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        if ('type' in node) {
          return (
            <span key={index} className="read-only-link" title={node.url}>
              <InlineText nodes={node.children} />
            </span>
          );
        }
        let text: ReactNode = node.text;
        if (node.italic) text = <em>{text}</em>;
        if (node.bold) text = <strong>{text}</strong>;
        return <span key={index}>{text}</span>;
      })}
    </>
  );
}

function ListView({ list }: { list: List }) {
  const Tag = list.style === 'numbered' ? 'ol' : 'ul';
  return (
    <Tag>
      {list.items.map((item, index) => (
        <li key={index}>
          <InlineText nodes={item.children} />
          {item.sublist ? <ListView list={item.sublist} /> : null}
        </li>
      ))}
    </Tag>
  );
}

function creditText(credit: Credit): string {
  return [credit.photographers.join(', '), credit.organization, credit.via ? `via ${credit.via}` : '']
    .filter(Boolean)
    .join(' / ');
}

function PhotoView({ photo, storyId }: { photo: Pick<Photo, 'media' | 'alt' | 'caption' | 'credit'>; storyId: string }) {
  const url = photo.media ? mediaUrl(storyId, photo.media) : null;
  const credit = creditText(photo.credit);
  return (
    <figure className="read-only-figure">
      {url ? <img src={url} alt={photo.alt} className="read-only-picture" /> : <p className="read-only-missing">No picture</p>}
      <figcaption>
        {photo.caption}
        {credit ? <span className="read-only-credit"> ({credit})</span> : null}
      </figcaption>
    </figure>
  );
}

function VideoView({ video, storyId }: { video: Video; storyId: string }) {
  return (
    <figure className="read-only-figure">
      <p className="read-only-video-title">
        Video: {video.title || 'untitled'}
        {video.durationSeconds !== null ? ` (${formatDuration(video.durationSeconds)})` : ''}
      </p>
      {video.poster ? <PhotoView photo={video.poster} storyId={storyId} /> : null}
      {video.caption ? <figcaption>{video.caption}</figcaption> : null}
    </figure>
  );
}

function BlockView({ block, storyId }: { block: BodyBlock; storyId: string }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineText nodes={block.children} />
        </p>
      );
    case 'subhead':
      return (
        <h4>
          <InlineText nodes={block.children} />
        </h4>
      );
    case 'block-quote':
      return (
        <blockquote>
          <p>
            <InlineText nodes={block.children} />
          </p>
          {block.attribution ? <cite>{block.attribution}</cite> : null}
        </blockquote>
      );
    case 'list':
      return <ListView list={block} />;
    case 'photo':
      return <PhotoView photo={block} storyId={storyId} />;
    case 'video':
      return <VideoView video={block} storyId={storyId} />;
  }
}

export interface StoryReadOnlyProps {
  story: Story;
  /** Whose media folder the pictures come from (the story the history belongs to). */
  storyId: string;
}

export function StoryReadOnly({ story, storyId }: StoryReadOnlyProps) {
  const byline = story.byline.map((entry) => [entry.name, entry.title, entry.organization].filter(Boolean).join(', '));
  const dateline = [story.dateline.location, story.dateline.source ? `(${story.dateline.source})` : ''].filter(Boolean).join(' ');
  return (
    <article className="story-read-only" aria-label="The story as it was">
      <h3 className="read-only-headline">{story.headline || 'Untitled story'}</h3>
      {story.subheadline ? <p className="read-only-subheadline">{story.subheadline}</p> : null}
      {story.highlights.length ? (
        <ul className="read-only-highlights" aria-label="Highlights">
          {story.highlights.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      ) : null}
      {byline.length ? <p className="read-only-byline">By {byline.join(' and ')}</p> : null}
      {story.lead ? (
        story.lead.type === 'photo' ? (
          <PhotoView photo={story.lead} storyId={storyId} />
        ) : (
          <VideoView video={story.lead} storyId={storyId} />
        )
      ) : null}
      <div className="read-only-body">
        {story.body.map((block, index) =>
          index === 0 && dateline && block.type === 'paragraph' ? (
            <p key={index}>
              <span className="read-only-dateline">{dateline} — </span>
              <InlineText nodes={block.children} />
            </p>
          ) : (
            <BlockView key={index} block={block} storyId={storyId} />
          ),
        )}
        {story.body.length === 0 ? <p className="read-only-missing">The body was empty.</p> : null}
      </div>
      {story.relatedVideos.length ? (
        <section aria-label="Related videos">
          <h4>Related videos</h4>
          {story.relatedVideos.map((video) => (
            <VideoView key={video.id} video={video} storyId={storyId} />
          ))}
        </section>
      ) : null}
    </article>
  );
}
