// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { DeskPanel } from '../../../renderer/src/workflow/desk-panel.tsx';

const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const draft = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' });

/** The panel with the story kept in state, as the story view keeps it; `current()` is the story now. */
function renderPanel(story: Story = draft) {
  let latest = story;
  function Harness() {
    const [value, setValue] = useState(story);
    latest = value;
    return <DeskPanel story={value} onChange={(key, next) => setValue((current) => ({ ...current, [key]: next }))} />;
  }
  render(<Harness />);
  return { current: () => latest };
}

describe('<DeskPanel>', () => {
  it('has a field named "Status" going draft → edited → ready', () => {
    const { current } = renderPanel();
    const status = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect([...status.options].map((option) => [option.value, option.text])).toEqual([
      ['draft', 'Draft'],
      ['edited', 'Edited'],
      ['ready', 'Ready'],
    ]);
    fireEvent.change(status, { target: { value: 'edited' } });
    expect(current().status).toBe('edited');
  });

  it('has a date-and-time field named "Embargo" that keeps the time with this computer’s offset', () => {
    const { current } = renderPanel();
    const embargo = screen.getByLabelText('Embargo') as HTMLInputElement;
    expect(embargo.type).toBe('datetime-local');
    fireEvent.change(embargo, { target: { value: '2026-12-02T06:00' } });
    expect(current().embargo).toBe('2026-12-02T06:00:00+00:00');
    fireEvent.change(embargo, { target: { value: '2027-06-01T09:30' } });
    expect(current().embargo).toBe('2027-06-01T09:30:00+01:00');
    expect(embargo.value).toBe('2027-06-01T09:30');
  });

  it('lifts the embargo when the field is emptied, or with "Lift embargo"', () => {
    const { current } = renderPanel({ ...draft, embargo: '2026-12-02T06:00:00+00:00' });
    fireEvent.click(screen.getByRole('button', { name: 'Lift embargo' }));
    expect(current().embargo).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lift embargo' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Embargo'), { target: { value: '2026-12-02T06:00' } });
    fireEvent.change(screen.getByLabelText('Embargo'), { target: { value: '' } });
    expect(current().embargo).toBeNull();
  });

  it('says the editor’s notes are never published', () => {
    renderPanel({ ...draft, editorsNotes: 'Check the figures with the port authority.' });
    const notes = screen.getByRole('textbox', { name: 'Editor\'s notes' });
    expect((notes as HTMLTextAreaElement).value).toBe('Check the figures with the port authority.');
    expect(notes.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(notes.getAttribute('aria-describedby')!)?.textContent).toMatch(/never published/);
  });

  it('adds a correction dated now, edits it and removes it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T09:15:00Z'));
    const { current } = renderPanel();
    const add = screen.getByRole('button', { name: 'Add correction' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'New correction' }), {
      target: { value: '  An earlier version of this story misstated the height of the waves.  ' },
    });
    fireEvent.click(add);
    expect(current().corrections).toEqual([
      { date: '2026-11-28T09:15:00+00:00', text: 'An earlier version of this story misstated the height of the waves.' },
    ]);
    expect((screen.getByRole('textbox', { name: 'New correction' }) as HTMLTextAreaElement).value).toBe('');

    const first = screen.getByRole('group', { name: 'Correction 1' });
    fireEvent.change(within(first).getByLabelText('Date'), { target: { value: '2026-11-27' } });
    fireEvent.change(within(first).getByRole('textbox', { name: 'Text' }), { target: { value: 'The waves were 4 metres high.' } });
    expect(current().corrections).toEqual([{ date: '2026-11-27T09:15:00+00:00', text: 'The waves were 4 metres high.' }]);

    fireEvent.click(within(first).getByRole('button', { name: 'Remove correction 1' }));
    expect(current().corrections).toEqual([]);
    expect(screen.queryByRole('group', { name: 'Correction 1' })).toBeNull();
  });

  it('adds a correction with Ctrl+Enter in its text', () => {
    const { current } = renderPanel();
    const text = screen.getByRole('textbox', { name: 'New correction' });
    fireEvent.change(text, { target: { value: 'The port reopened on Tuesday, not Monday.' } });
    act(() => {
      fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
    });
    expect(current().corrections.map((correction) => correction.text)).toEqual(['The port reopened on Tuesday, not Monday.']);
  });

  it('shows a failed save’s message at the correction it names', () => {
    let latest: Story | null = null;
    render(
      <DeskPanel
        story={{ ...draft, corrections: [{ date: '2026-11-28T09:15:00+00:00', text: '' }] }}
        onChange={(key, value) => (latest = { ...draft, [key]: value })}
        errorFor={(field) => (field === 'corrections.0.text' ? 'a correction needs its text' : null)}
      />,
    );
    const text = within(screen.getByRole('group', { name: 'Correction 1' })).getByRole('textbox', { name: 'Text' });
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('a correction needs its text')).toBeTruthy();
    expect(latest).toBeNull();
  });
});
