// Preferences: settings, not data. Losing them loses no story. The Node side keeps them (electron-store in
// the app, the same file format through `conf` elsewhere); the UI may change only the editable part.

import { z } from 'zod';
import { LintSettings } from '../lint/lint-settings.ts';

/** How credit lines are printed (NEWSROOM.md): CNN "PHOTO: John Moore/Getty Images", AP, Getty, or a pattern. */
export const CreditStyle = z.enum(['cnn', 'ap', 'getty', 'custom']);
export type CreditStyle = z.infer<typeof CreditStyle>;

export const WindowState = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** Light or dark: as the system is set ("system", the default), or always one of them. */
export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** Words added with "Add to dictionary": single words, no spaces. */
export const PersonalDictionary = z
  .array(z.string().regex(/^[^\s]{1,64}$/u, 'must be one word of at most 64 characters'))
  .max(10_000);

/** How many stories and libraries File ▸ Open Recent remembers. */
export const MAX_RECENT_ITEMS = 10;

/** A story opened lately, in whichever library it lives; its headline as it was when last opened. */
export const RecentStory = z.strictObject({
  id: z.string().max(200),
  headline: z.string().max(1000),
  libraryPath: z.string().max(4096),
});
export type RecentStory = z.infer<typeof RecentStory>;

export const EditablePreferences = z.strictObject({
  authorName: z.string().max(200).optional(),
  creditStyle: CreditStyle.optional(),
  /** Used when creditStyle is "custom": e.g. "{photographers}/{organization} via {via}". */
  customCreditPattern: z.string().max(200).optional(),
  /** House-style limits and rules switched off; fields not given keep their value. */
  lint: LintSettings.partial().optional(),
  /** The whole "add to dictionary" list (the spell checker accepts these words). */
  personalDictionary: PersonalDictionary.optional(),
  theme: Theme.optional(),
});
export type EditablePreferences = z.infer<typeof EditablePreferences>;

export const Preferences = z.strictObject({
  libraryPath: z.string(),
  authorName: z.string().default(''),
  creditStyle: CreditStyle.default('cnn'),
  customCreditPattern: z.string().default('{photographers}/{organization}'),
  lint: LintSettings.default(LintSettings.parse({})),
  personalDictionary: PersonalDictionary.default([]),
  theme: Theme.default('system'),
  window: WindowState.nullable().default(null),
  lastOpenedStoryId: z.string().nullable().default(null),
  /** Most recent first; the open library is among them. */
  recentLibraries: z.array(z.string().max(4096)).max(MAX_RECENT_ITEMS).default([]),
  /** Most recent first. */
  recentStories: z.array(RecentStory).max(MAX_RECENT_ITEMS).default([]),
});
export type Preferences = z.infer<typeof Preferences>;
