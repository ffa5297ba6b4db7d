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

/** The app's policy, for a given story stylesheet (the shipped one by default). */
export function contentSecurityPolicy(storyStylesheet: string = loadStoryStylesheet()): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${stylesheetHashSource(storyStylesheet)}`,
    `img-src 'self' data: ${MEDIA_SCHEME}:`,
    `media-src 'self' ${MEDIA_SCHEME}:`,
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy every page of the app is sent with (the stylesheet is read once, when this module loads). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
