// The credit fixtures as typed data: each credit is checked against the story schema as it is read, so a
// fixture can never expect a credit the app could not save.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Credit } from '../../../shared/story/schema.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/credits');

const CreditFormat = z.strictObject({
  text: z.string(),
  note: z.string().optional(),
  credit: Credit,
  lines: z.strictObject({ cnn: z.string(), ap: z.string(), getty: z.string() }),
});
export type CreditFormat = z.infer<typeof CreditFormat>;

const CaptionCase = z.strictObject({
  source: z.string().optional(),
  text: z.string(),
  caption: z.string(),
  creditText: z.string(),
  credit: Credit.nullable(),
});
export type CaptionCase = z.infer<typeof CaptionCase>;

const AgreementCase = z.strictObject({
  a: z.string(),
  b: z.string(),
  agree: z.boolean(),
  why: z.string(),
});
export type AgreementCase = z.infer<typeof AgreementCase>;

const read = <T>(name: string, schema: z.ZodType<T>): T =>
  schema.parse(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));

export const creditFormats = read('credit-formats.json', z.array(CreditFormat));
export const captionCases = read('captions.json', z.array(CaptionCase));
export const agreementCases = read('agreement.json', z.array(AgreementCase));
