// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { Preferences, type EditablePreferences } from '../../../shared/bridge/preferences.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import type { LintRuleInfo } from '../../../shared/lint/index.ts';
import { PreferencesDialog } from '../../../renderer/src/preferences/preferences-dialog.tsx';

const RULES: LintRuleInfo[] = [
  { id: 'headline-too-long', severity: 'warning', title: 'Headline too long', description: 'A web headline fits in about 70 characters.' },
  { id: 'doubled-word', severity: 'warning', title: 'Doubled word', description: 'The the.' },
];

function fakeBridge(stored: Partial<Preferences> = {}, fail?: CopydeskError) {
  let current = Preferences.parse({ libraryPath: '/home/ana/Copydesk', ...stored });
  const set = vi.fn(async (changes: EditablePreferences) => {
    if (fail) throw fail;
    current = Preferences.parse({ ...current, ...changes, lint: { ...current.lint, ...changes.lint } });
    return current;
  });
  const bridge = { preferences: { get: vi.fn(async () => current), set }, on: () => () => {} } as unknown as CopydeskBridge;
  return { bridge, set };
}

function open(bridge: CopydeskBridge, onOpenChange = vi.fn()) {
  render(<PreferencesDialog bridge={bridge} open onOpenChange={onOpenChange} rules={RULES} />);
  return { onOpenChange };
}

const dialog = () => screen.getByRole('dialog', { name: 'Preferences' });
const save = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
const section = (name: string) => screen.getByRole('region', { name });

afterEach(cleanup);

describe('<PreferencesDialog>', () => {
  it('shows the preferences as they are, in three sections', async () => {
    const { bridge } = fakeBridge({ creditStyle: 'ap', personalDictionary: ['Sakauye', 'Pompeo'] });
    open(bridge);
    await screen.findByRole('region', { name: 'Credits' });
    expect(dialog()).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Credit style' }) as HTMLSelectElement).value).toBe('ap');
    expect(within(section('Credits')).getByText('(AP Photo/Richard Drew)')).toBeTruthy();
    expect((screen.getByRole('spinbutton', { name: 'Longest headline' }) as HTMLInputElement).value).toBe('70');
    expect((screen.getByRole('checkbox', { name: /Headline too long/ }) as HTMLInputElement).checked).toBe(true);
    const words = within(section('Dictionary')).getByRole('list', { name: 'Words in your dictionary' });
    expect(within(words).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['Pompeo', 'Sakauye']);
  });

  it('shows a live example of the credit style and the problems of a custom pattern', async () => {
    const { bridge } = fakeBridge();
    open(bridge);
    const style = await screen.findByRole('combobox', { name: 'Credit style' });
    expect(within(section('Credits')).getByText('PHOTO: Mandel Ngan/AFP/Getty Images')).toBeTruthy();

    fireEvent.change(style, { target: { value: 'custom' } });
    const pattern = screen.getByRole('textbox', { name: 'Custom pattern' });
    fireEvent.change(pattern, { target: { value: '{organization} ({photographers})' } });
    expect(within(section('Credits')).getByText('AFP (Mandel Ngan)')).toBeTruthy();

    fireEvent.change(pattern, { target: { value: '{photographer}/{organization}' } });
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(within(section('Credits')).getByText(/At character 1: .*photographer/)).toBeTruthy();
    expect(save().disabled).toBe(true);
  });

  it('checks the limits as they are typed', async () => {
    const { bridge } = fakeBridge();
    open(bridge);
    const headline = await screen.findByRole('spinbutton', { name: 'Longest headline' });
    fireEvent.change(headline, { target: { value: '5' } });
    expect(screen.getByText('Enter a whole number from 20 to 300.')).toBeTruthy();
    expect(save().disabled).toBe(true);
    fireEvent.change(headline, { target: { value: '64' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Fewest highlights' }), { target: { value: '5' } });
    expect(screen.getByText('Must be at least the fewest highlights.')).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Fewest highlights' }), { target: { value: '3' } });
    expect(save().disabled).toBe(false);
  });

  it('adds and removes dictionary words, refusing a second copy or a phrase', async () => {
    const { bridge } = fakeBridge({ personalDictionary: ['Sakauye'] });
    open(bridge);
    const field = await screen.findByRole('textbox', { name: 'Add a word' });
    fireEvent.change(field, { target: { value: 'Sakauye' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('“Sakauye” is already in the dictionary.')).toBeTruthy();
    fireEvent.change(field, { target: { value: 'two words' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByText('One word at a time, without spaces.')).toBeTruthy();
    fireEvent.change(field, { target: { value: 'Pompeo' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Sakauye”' }));
    const words = within(section('Dictionary')).getByRole('list', { name: 'Words in your dictionary' });
    expect(within(words).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['Pompeo']);
  });

  it('saves everything in one call and closes', async () => {
    const { bridge, set } = fakeBridge({ personalDictionary: ['Sakauye'] });
    const { onOpenChange } = open(bridge);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Credit style' }), { target: { value: 'getty' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Longest headline' }), { target: { value: '64' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Doubled word/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Add a word' }), { target: { value: 'Pompeo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'dark' } });
    await act(async () => fireEvent.click(save()));

    expect(set).toHaveBeenCalledTimes(1);
    expect(set.mock.calls[0]![0]).toEqual({
      creditStyle: 'getty',
      customCreditPattern: '{photographers}/{organization}',
      lint: { headlineMaxLength: 64, slugMaxLength: 40, highlightsMin: 2, highlightsMax: 4, highlightMaxLength: 110, disabledRules: ['doubled-word'] },
      personalDictionary: ['Sakauye', 'Pompeo'],
      theme: 'dark',
    });
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('says why the preferences were not saved and stays open', async () => {
    const { bridge } = fakeBridge({}, new CopydeskError('read-only', 'The preferences file cannot be written.'));
    const { onOpenChange } = open(bridge);
    await screen.findByRole('combobox', { name: 'Credit style' });
    await act(async () => fireEvent.click(save()));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The preferences were not saved: The preferences file cannot be written.'));
    expect(onOpenChange).not.toHaveBeenCalledWith(false);
  });
});
