// A body block the plain form cannot edit without losing something (a subhead, quote, list, photo, video, or
// a paragraph with bold, italics or links). It is shown read-only, in its place, and saved unchanged.

import type { ReactNode } from 'react';
import type { BodyBlock, Credit, Inline, List } from '../../../shared/story/schema.ts';

export function KeptBlock({ block }: { block: BodyBlock }) {
  return (
    <figure className={`kept-block kept-${block.type}`}>
      <figcaption className="kept-label">{blockLabel(block)} · kept as it is</figcaption>
      <KeptContent block={block} />
    </figure>
  );
}

function blockLabel(block: BodyBlock): string {
  switch (block.type) {
    case 'paragraph':
      return 'Formatted paragraph';
    case 'subhead':
      return 'Subhead';
    case 'block-quote':
      return 'Quote';
    case 'list':
      return block.style === 'numbered' ? 'Numbered list' : 'Bulleted list';
    case 'photo':
      return 'Photo';
    case 'video':
      return 'Video';
  }
}

function KeptContent({ block }: { block: BodyBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.children} />
        </p>
      );
    case 'subhead':
      return (
        <p className="kept-subhead">
          <Inlines nodes={block.children} />
        </p>
      );
    case 'block-quote':
      return (
        <blockquote>
          <p>
            <Inlines nodes={block.children} />
          </p>
          {block.attribution ? <p className="kept-attribution">— {block.attribution}</p> : null}
        </blockquote>
      );
    case 'list':
      return <KeptList list={block} />;
    case 'photo':
      return (
        <div className="kept-media">
          <p>{block.caption || <span className="muted">No caption</span>}</p>
          <p className="kept-meta">
            {creditText(block.credit)}
            {block.alt ? ` · Alt text: ${block.alt}` : ' · No alt text'}
          </p>
        </div>
      );
    case 'video':
      return (
        <div className="kept-media">
          <p>{block.title || <span className="muted">Untitled video</span>}</p>
          <p className="kept-meta">
            {[block.durationSeconds === null ? null : formatDuration(block.durationSeconds), block.caption, creditText(block.credit)]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      );
  }
}

function KeptList({ list }: { list: List }) {
  const Tag = list.style === 'numbered' ? 'ol' : 'ul';
  return (
    <Tag>
      {list.items.map((item, index) => (
        <li key={index}>
          <Inlines nodes={item.children} />
          {item.sublist ? <KeptList list={item.sublist} /> : null}
        </li>
      ))}
    </Tag>
  );
}

function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        if ('type' in node) {
          return (
            <span key={index} className="kept-link" title={node.url}>
              <Inlines nodes={node.children} />
            </span>
          );
        }
        let content: ReactNode = node.text;
        if (node.italic) content = <em>{content}</em>;
        if (node.bold) content = <strong>{content}</strong>;
        return <span key={index}>{content}</span>;
      })}
    </>
  );
}

function creditText(credit: Credit): string {
  const who = [credit.photographers.join(', '), credit.organization].filter(Boolean).join('/');
  const via = credit.via ? ` via ${credit.via}` : '';
  return who || via ? `Credit: ${who}${via}` : 'No credit';
}

function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
