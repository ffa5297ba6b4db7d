// The story as schema.org structured data (JSON-LD) for the document's <head>: a NewsArticle with its
// pictures as ImageObjects and its videos as VideoObjects, mapped as NEWSROOM.md's "Metadata mappings"
// table says. Typed with schema-dts, so a property schema.org does not have, or a value of the wrong kind,
// does not compile.
//
// Media are named by their path in the folder export ("media/<sha256>.jpg"): a relative URL a CMS can map,
// where a data: URI would repeat every picture's bytes and is not accepted by structured-data readers.

import type { ImageObject, NewsArticle, Organization, Person, VideoObject, WithContext } from 'schema-dts';
import type { Credit, Photo, Poster, Story, Video } from '../story/schema.ts';
import { bodyWordCount } from '../story/body-word-count.ts';
import { isoDuration } from '../text/duration.ts';
import { isOwnMediaFile, mediaPath } from './render-options.ts';
import { creditLine, datelineLabel, type CreditHouseStyle } from './story-lines.ts';

type Creator = Person | Organization;

/** The photographers as people; with none, the credited organisation (or the distributor) as the creator. */
function creatorsOf(credit: Credit): Creator[] {
  if (credit.photographers.length > 0) {
    return credit.photographers.map((name): Person => ({ '@type': 'Person', name }));
  }
  const organization = credit.organization.trim() || credit.via.trim();
  return organization ? [{ '@type': 'Organization', name: organization }] : [];
}

/** "© 2018 Getty Images" → "Getty Images": the notice without its sign and year. */
function copyrightHolder(notice: string): string {
  return notice.replace(/^(?:(?:©|\(c\)|copyright)\s*)*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?/i, '').trim() || notice;
}

/** A picture with a file as an ImageObject; null for a slot with no picture yet. */
function imageObject(picture: Pick<Poster, 'media' | 'caption' | 'credit'>, style: CreditHouseStyle): ImageObject | null {
  if (!picture.media || !isOwnMediaFile(picture.media)) return null;
  const image: ImageObject = { '@type': 'ImageObject', contentUrl: mediaPath(picture.media) };
  const caption = picture.caption.trim();
  if (caption) image.caption = caption;
  const creators = creatorsOf(picture.credit);
  if (creators.length > 0) image.creator = creators;
  const line = creditLine(picture.credit, style);
  if (line) image.creditText = line;
  const copyright = picture.credit.copyright.trim();
  if (copyright) {
    image.copyrightNotice = copyright;
    image.copyrightHolder = { '@type': 'Organization', name: copyrightHolder(copyright) };
  }
  return image;
}

function videoObject(video: Video, story: Story, style: CreditHouseStyle): VideoObject {
  const object: VideoObject = { '@type': 'VideoObject', name: video.title.trim() };
  const caption = video.caption.trim();
  if (caption) object.description = caption;
  if (video.durationSeconds !== null) object.duration = isoDuration(video.durationSeconds);
  if (video.poster?.media && isOwnMediaFile(video.poster.media)) {
    object.thumbnailUrl = mediaPath(video.poster.media);
    const thumbnail = imageObject(video.poster, style);
    if (thumbnail) object.thumbnail = thumbnail;
  }
  if (video.media && isOwnMediaFile(video.media)) object.contentUrl = mediaPath(video.media);
  // The story does not record when each video was first published; it went out with this story, so the
  // story's creation date is the honest lower bound readers ask for.
  object.uploadDate = story.createdAt;
  const creators = creatorsOf(video.credit);
  if (creators.length > 0) object.creator = creators;
  const line = creditLine(video.credit, style, 'video');
  if (line) object.creditText = line;
  return object;
}

function photosOf(story: Story): Photo[] {
  const photos: Photo[] = [];
  if (story.lead?.type === 'photo') photos.push(story.lead);
  for (const block of story.body) if (block.type === 'photo') photos.push(block);
  return photos;
}

function videosOf(story: Story): Video[] {
  const videos: Video[] = [];
  if (story.lead?.type === 'video') videos.push(story.lead);
  for (const block of story.body) if (block.type === 'video') videos.push(block);
  return [...videos, ...story.relatedVideos];
}

export interface JsonLdOptions extends CreditHouseStyle {
  language?: string;
}

export function storyJsonLd(story: Story, options: JsonLdOptions): WithContext<NewsArticle> {
  const article: WithContext<NewsArticle> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  const headline = story.headline.trim();
  if (headline) article.headline = headline;
  const subheadline = story.subheadline.trim();
  if (subheadline) article.alternativeHeadline = subheadline;
  const highlights = story.highlights.map((highlight) => highlight.trim()).filter(Boolean);
  if (highlights.length > 0) article.abstract = highlights.join('\n');
  const description = subheadline || highlights.join(' ');
  if (description) article.description = description;
  const dateline = datelineLabel(story.dateline);
  if (dateline) article.dateline = dateline;

  const authors = story.byline
    .filter((entry) => entry.name.trim())
    .map((entry): Person => {
      const person: Person = { '@type': 'Person', name: entry.name.trim() };
      if (entry.title.trim()) person.jobTitle = entry.title.trim();
      if (entry.organization.trim()) person.affiliation = { '@type': 'Organization', name: entry.organization.trim() };
      return person;
    });
  if (authors.length > 0) article.author = authors;

  article.dateCreated = story.createdAt;
  article.dateModified = story.updatedAt;
  if (story.keywords.length > 0) article.keywords = [...story.keywords];
  article.inLanguage = options.language ?? 'en';
  article.wordCount = bodyWordCount(story.body);

  const images = photosOf(story)
    .map((photo) => imageObject(photo, options))
    .filter((image): image is ImageObject => image !== null);
  if (images.length > 0) article.image = images;
  const videos = videosOf(story).map((video) => videoObject(video, story, options));
  if (videos.length > 0) article.video = videos;

  if (story.corrections.length > 0) {
    article.correction = story.corrections.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.date,
    }));
  }
  return article;
}
