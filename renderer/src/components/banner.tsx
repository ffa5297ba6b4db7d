// Messages that need the person's attention, above the content: an error (with what went wrong, in the
// system's own words) or a note. Errors are announced by screen readers as alerts.

import type { ReactNode } from 'react';

export function Banner({
  tone,
  title,
  children,
  actions,
}: {
  tone: 'error' | 'warning' | 'note';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'note' ? 'note' : 'alert'}>
      <div className="banner-text">
        <p className="banner-title">{title}</p>
        {children ? <div className="banner-body">{children}</div> : null}
      </div>
      {actions ? <div className="banner-actions">{actions}</div> : null}
    </div>
  );
}
