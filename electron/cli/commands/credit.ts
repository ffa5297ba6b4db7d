import { CreditStyle } from '../../../shared/bridge/preferences.ts';
import { splitCaption } from '../../../shared/credits/parse-credit.ts';
import { creditLine, type CreditHouseStyle } from '../../../shared/render/story-lines.ts';
import type { Credit } from '../../../shared/story/schema.ts';
import { booleanOption, JSON_OPTION, stringOption, UsageError, type Command, type CommandContext } from '../command.ts';
import { formatTable } from '../output.ts';

const STYLE_NAMES = CreditStyle.options;

export const creditCommand: Command = {
  name: 'credit',
  summary: 'Read the photo credit in a caption or credit line and print it in the house style',
  description:
    'Finds the credit in TEXT — a whole caption ending in its credit, "(AP Photo/Richard Drew)", ' +
    '"(Photo by Mandel Ngan / AFP) (Photo credit should read MANDEL NGAN/AFP/Getty Images)", ' +
    '"REUTERS/Danish Siddiqui/Files", or a credit line alone, "PHOTO: John Moore/Getty Images" — and prints the ' +
    'caption without it, the credit as data (photographers, organisation, distributor, kind, restrictions, ' +
    'copyright) and the credit line in the house style: the one in the preferences unless --style is given. ' +
    'Exits with 1 when the text holds no credit.',
  positionals: [{ name: 'TEXT', description: 'a caption or a credit line (in quotes)' }],
  options: {
    style: {
      type: 'string',
      valueName: 'STYLE',
      description: `the house style of the printed line: ${STYLE_NAMES.join(', ')} (default: the preferences' style)`,
    },
    json: { ...JSON_OPTION, description: 'print { caption, credit, line } as JSON' },
  },
  examples: [
    { command: 'copydesk credit "(AP Photo/Richard Drew, File)"', description: 'a credit line' },
    {
      command: 'copydesk credit "Migrants wait in Tijuana. REUTERS/Jorge Duenes" --style ap',
      description: 'a caption, its credit in AP style',
    },
    { command: 'copydesk credit "PHOTO: MANDEL NGAN/AFP/Getty Images" --json', description: 'as JSON' },
  ],
  async run(input, context) {
    const text = input.positionals[0]!;
    if (!text.trim()) {
      throw new UsageError('TEXT is empty: give the caption or credit line to read, in quotes.', 'credit');
    }
    const style = houseStyleFor(stringOption(input, 'style'), context);
    const { caption, credit } = splitCaption(text);
    const line = credit ? creditLine(credit, style) : '';
    const { out } = context;

    if (booleanOption(input, 'json')) {
      out.json({ caption, credit: credit ? creditJson(credit) : null, line });
    } else {
      const rows = [['Caption', caption || '—']];
      if (credit) rows.push(['Credit', line || '—'], ...creditRows(credit));
      for (const row of formatTable(rows.map(([label, value]) => [`${label}:`, value!]))) out.line(row);
    }
    if (!credit) {
      out.note(
        'No credit found: the text does not end with a credit such as "(AP Photo/Richard Drew)", ' +
          '"PHOTO: John Moore/Getty Images" or "REUTERS/Danish Siddiqui".',
      );
      return 1;
    }
    return 0;
  },
};

function houseStyleFor(flag: string | undefined, { houseStyle }: CommandContext): CreditHouseStyle {
  if (flag === undefined) return houseStyle();
  const parsed = CreditStyle.safeParse(flag.trim().toLowerCase());
  if (!parsed.success) {
    throw new UsageError(`--style "${flag}" is not a house style: use one of ${STYLE_NAMES.join(', ')}.`, 'credit');
  }
  // The custom pattern lives in the preferences; the built-in styles need nothing from them.
  if (parsed.data === 'custom') return { ...houseStyle(), creditStyle: 'custom' };
  return { creditStyle: parsed.data };
}

/** Every field, the kind as null when the text does not say: the same keys for every credit. */
function creditJson(credit: Credit) {
  return {
    photographers: credit.photographers,
    organization: credit.organization,
    via: credit.via,
    kind: credit.kind ?? null,
    restrictions: credit.restrictions,
    copyright: credit.copyright,
  };
}

function creditRows(credit: Credit): string[][] {
  const orNone = (value: string) => value || '—';
  return [
    ['  Photographers', orNone(credit.photographers.join('; '))],
    ['  Organization', orNone(credit.organization)],
    ['  Via', orNone(credit.via)],
    ['  Kind', orNone(credit.kind ?? '')],
    ['  Restrictions', orNone(credit.restrictions.join('; '))],
    ['  Copyright', orNone(credit.copyright)],
  ];
}
