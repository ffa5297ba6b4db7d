// The preview's document is an <iframe srcdoc>, which inherits the app page's Content-Security-Policy: the
// page's own <meta> policy must allow the story stylesheet by its hash, as the header policy does. The build
// writes it into renderer/index.html from the one policy module.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY_PLACEHOLDER,
  contentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../../electron/shell/content-security-policy.ts';
import { stylesheetHashSource } from '../../../shared/render/content-security-policy.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const stylesheet = readFileSync(resolve(ROOT, 'assets/styles/story.css'), 'utf8');
const indexHtml = readFileSync(resolve(ROOT, 'renderer/index.html'), 'utf8');
const metaPolicy = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('the app page’s <meta> Content-Security-Policy', () => {
  it('is left for the build to write, so it cannot drift from the header policy', () => {
    expect(metaPolicy(indexHtml)).toBe(CONTENT_SECURITY_POLICY_PLACEHOLDER);
  });

  it('allows the story stylesheet by its hash once written', () => {
    expect(metaPolicy(withContentSecurityPolicy(indexHtml))).toContain(`style-src 'self' ${stylesheetHashSource(stylesheet)};`);
  });

  it('is the policy the host and the shell send, less frame-ancestors, which a <meta> cannot carry', () => {
    const header = contentSecurityPolicy(stylesheet)
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(metaPolicy(withContentSecurityPolicy(indexHtml))).toBe(header);
  });

  it('refuses a page with nowhere to write it', () => {
    expect(() => withContentSecurityPolicy('<html></html>')).toThrow(/no %COPYDESK_CONTENT_SECURITY_POLICY%/);
  });
});
