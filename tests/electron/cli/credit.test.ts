import { describe, expect, it } from 'vitest';
import { run } from './cli-harness.ts';

const AFP_CAPTION =
  'Donald Trump signs an executive order on immigration in the Oval Office on June 20, 2018 in Washington, DC. ' +
  '(Photo by Mandel Ngan / AFP) (Photo credit should read MANDEL NGAN/AFP/Getty Images)';

describe('copydesk credit', () => {
  it('prints the caption, the credit as data and its line in the house style as JSON', async () => {
    const { code, stdout, stderr } = await run(['credit', AFP_CAPTION, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      caption: 'Donald Trump signs an executive order on immigration in the Oval Office on June 20, 2018 in Washington, DC.',
      credit: {
        photographers: ['Mandel Ngan'],
        organization: 'AFP',
        via: 'Getty Images',
        kind: null,
        restrictions: [],
        copyright: '',
      },
      line: 'PHOTO: Mandel Ngan/AFP/Getty Images',
    });
  });

  it('reads a bare credit line, with an empty caption', async () => {
    const { code, stdout } = await run(['credit', 'REUTERS/Danish Siddiqui/Files', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      caption: '',
      credit: { photographers: ['Danish Siddiqui'], organization: 'Reuters', via: '', kind: 'file', restrictions: [], copyright: '' },
      line: 'PHOTO: Danish Siddiqui/Reuters',
    });
  });

  it.each([
    ['cnn', 'PHOTO: Richard Drew/AP'],
    ['ap', '(AP Photo/Richard Drew, File) MANDATORY CREDIT, NO SALES'],
    ['getty', 'Photo by Richard Drew/AP'],
    ['AP', '(AP Photo/Richard Drew, File) MANDATORY CREDIT, NO SALES'],
    ['custom', 'Richard Drew/AP'],
  ])('prints the line in the style --style %s names', async (style, line) => {
    const { code, stdout } = await run(
      ['credit', '(AP Photo/Richard Drew, File) MANDATORY CREDIT, NO SALES', '--style', style, '--json'],
      { preferencesCreditStyle: 'getty' },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).line).toBe(line);
  });

  it("prints the line in the preferences' style when --style is not given", async () => {
    const { stdout } = await run(['credit', '(AP Photo/Richard Drew)', '--json'], { preferencesCreditStyle: 'getty' });
    expect(JSON.parse(stdout).line).toBe('Photo by Richard Drew/AP');
  });

  it('prints readable lines without --json', async () => {
    const { code, stdout } = await run(['credit', 'Firefighters battle the blaze. (AP Photo/Jae C. Hong and Ashley Landis)', '--style', 'ap']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Caption:          Firefighters battle the blaze.',
        'Credit:           (AP Photo/Jae C. Hong and Ashley Landis)',
        '  Photographers:  Jae C. Hong; Ashley Landis',
        '  Organization:   AP',
        '  Via:            —',
        '  Kind:           staff',
        '  Restrictions:   —',
        '  Copyright:      —',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 with a clear message when the text holds no credit, still printing the caption', async () => {
    const text = 'THE PRESIDENT meets with the National Space Council (Pre-set 9:30AM | Final Gather 11:15AM -- Palm Room Doors)';
    const plain = await run(['credit', text]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe(`Caption:  ${text}\n`);
    expect(plain.stderr).toMatch(/^No credit found: the text does not end with a credit such as "\(AP Photo\/Richard Drew\)"/);

    const json = await run(['credit', 'trump king of jordan visit', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ caption: 'trump king of jordan visit', credit: null, line: '' });
    expect(json.stderr).toContain('No credit found');
  });

  it('refuses an unknown style and empty text as usage mistakes (exit 2)', async () => {
    const style = await run(['credit', '(AP Photo)', '--style', 'bbc']);
    expect(style.code).toBe(2);
    expect(style.stderr).toContain('--style "bbc" is not a house style: use one of cnn, ap, getty, custom.');

    const empty = await run(['credit', '  ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('TEXT is empty');

    const missing = await run(['credit']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing TEXT');
  });

  it('is listed in the help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain('copydesk credit TEXT [--style STYLE] [--json]\n      Read the photo credit in a caption');
  });
});
