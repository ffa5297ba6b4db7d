// The Content Security Policy of Copydesk's own pages, kept in one place (and free of `electron`) so the
// Electron shell and the browser host send the same policy and tests can read it. No remote anything: the
// app works offline and a story's HTML must never be able to reach the network or run script.
//
// The live preview is an <iframe srcdoc>, and a srcdoc document inherits the policy of the page around it.
// The rendered story carries its stylesheet in a <style> allowed by its hash, so the app's style-src allows
// that one stylesheet by the same hash — and no other inline style.

import { stylesheetHashSource } from '../../shared/render/content-security-policy.ts';
import { loadStoryStylesheet } from '../export/story-stylesheet.ts';
import { MEDIA_SCHEME } from './media-url.ts';

/**
 * The app's policy, for a given story stylesheet (the shipped one by default). `delivery: 'meta'` leaves out
 * frame-ancestors, which a <meta> policy cannot carry (Chromium warns about it in the console).
 */
export function contentSecurityPolicy(
  storyStylesheet: string = loadStoryStylesheet(),
  { delivery = 'header' }: { delivery?: 'header' | 'meta' } = {},
): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${stylesheetHashSource(storyStylesheet)}`,
    `img-src 'self' data: ${MEDIA_SCHEME}:`,
    `media-src 'self' ${MEDIA_SCHEME}:`,
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  if (delivery === 'header') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The policy every page of the app is sent with (the stylesheet is read once, when this module loads). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The placeholder renderer/index.html carries where the build writes the policy. */
export const CONTENT_SECURITY_POLICY_PLACEHOLDER = '%COPYDESK_CONTENT_SECURITY_POLICY%';

/**
 * renderer/index.html with its <meta> policy written in: the header policy less frame-ancestors. Done by the
 * build (electron.vite.config.ts), so the page can never drift from the policy the host and shell send.
 */
export function withContentSecurityPolicy(indexHtml: string, storyStylesheet?: string): string {
  if (!indexHtml.includes(CONTENT_SECURITY_POLICY_PLACEHOLDER)) {
    throw new Error(`renderer/index.html has no ${CONTENT_SECURITY_POLICY_PLACEHOLDER} for its Content-Security-Policy`);
  }
  return indexHtml.replace(CONTENT_SECURITY_POLICY_PLACEHOLDER, contentSecurityPolicy(storyStylesheet, { delivery: 'meta' }));
}
