// The paste cleanup (renderer/src/paste/) as the editor's paste plugin takes it.

import { cleanPastedHtml, pastedPlainText, plainTextOnly } from '../paste/index.ts';
import type { PasteCleaner } from './plugins/with-paste.ts';

export const PASTE_CLEANER: PasteCleaner = {
  cleanPastedHtml: (html) => cleanPastedHtml(html),
  pastedPlainText,
  plainTextOnly,
};
