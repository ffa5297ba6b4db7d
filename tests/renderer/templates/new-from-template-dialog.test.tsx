// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, OpenedStory } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { BUILT_IN_TEMPLATES, builtInTemplateStory } from '../../../shared/templates/built-in-templates.ts';
import { storyFromTemplate } from '../../../shared/templates/story-from-template.ts';
import type { TemplateSummary } from '../../../shared/templates/template-summary.ts';
import {
  closeTemplateDialog,
  getTemplateDialogState,
  NewFromTemplateButton,
  NewFromTemplateDialog,
  openNewFromTemplate,
} from '../../../renderer/src/templates/index.ts';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const TEMPLATES: TemplateSummary[] = BUILT_IN_TEMPLATES.map((template, index) => {
  const story = builtInTemplateStory(template, { id: `01jq00000000000000000000t${index}`, now: NOW });
  return {
    id: story.id,
    name: template.name,
    description: template.description,
    folder: `templates/${template.folder}`,
    headline: story.headline,
    updatedAt: story.updatedAt,
  };
});
const NEW_ID = '01jq0000000000000000000n01';

function fakeBridge({ listFails, createFails }: { listFails?: CopydeskError; createFails?: CopydeskError } = {}) {
  const list = vi.fn(async () => {
    if (listFails) throw listFails;
    return TEMPLATES;
  });
  const createFromTemplate = vi.fn(async ({ templateId }: { templateId: string }): Promise<OpenedStory> => {
    if (createFails) throw createFails;
    const template = builtInTemplateStory(BUILT_IN_TEMPLATES[TEMPLATES.findIndex((t) => t.id === templateId)]!, { id: templateId, now: NOW });
    return { story: storyFromTemplate(template, { id: NEW_ID, now: NOW }), revision: 'a'.repeat(64), path: '/lib/2026-untitled', migratedFrom: null };
  });
  const bridge = { templates: { list }, story: { createFromTemplate }, on: () => () => {} } as unknown as CopydeskBridge;
  return { bridge, list, createFromTemplate };
}

afterEach(() => {
  act(() => closeTemplateDialog());
  cleanup();
  window.location.hash = '';
});

const dialogNamed = (name: string) => screen.findByRole('dialog', { name });

describe('<NewFromTemplateDialog>', () => {
  it('opens from the library’s button, named "New from template", listing each template with what it is for', async () => {
    const { bridge } = fakeBridge();
    render(
      <>
        <NewFromTemplateButton />
        <NewFromTemplateDialog bridge={bridge} />
      </>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'New from template…' }));
    const dialog = await dialogNamed('New from template');
    const breaking = await within(dialog).findByRole('button', { name: 'Breaking news' });
    expect(document.getElementById(breaking.getAttribute('aria-describedby')!)?.textContent).toBe(TEMPLATES[0]!.description);
    const choices = within(within(dialog).getByRole('list', { name: 'Templates' })).getAllByRole('button');
    expect(choices.map((choice) => choice.querySelector('.template-name')?.textContent)).toEqual([
      'Breaking news',
      'Feature',
      'Photo story',
      'Video story',
    ]);
  });

  it('makes a story from the chosen template, and opens it', async () => {
    const { bridge, createFromTemplate } = fakeBridge();
    render(<NewFromTemplateDialog bridge={bridge} />);
    act(() => openNewFromTemplate());
    const dialog = await dialogNamed('New from template');
    await act(async () => fireEvent.click(await within(dialog).findByRole('button', { name: 'Photo story' })));
    expect(createFromTemplate).toHaveBeenCalledWith({ templateId: TEMPLATES[2]!.id });
    expect(window.location.hash).toBe(`#/story/${NEW_ID}`);
    expect(getTemplateDialogState().open).toBe(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says why no story was made, and stays open', async () => {
    const { bridge } = fakeBridge({ createFails: new CopydeskError('read-only', 'The library folder is read-only.') });
    render(<NewFromTemplateDialog bridge={bridge} />);
    act(() => openNewFromTemplate());
    const dialog = await dialogNamed('New from template');
    await act(async () => fireEvent.click(await within(dialog).findByRole('button', { name: 'Feature' })));
    expect(within(dialog).getByRole('alert').textContent).toBe('No story was made from “Feature”: The library folder is read-only.');
    expect(window.location.hash).toBe('');
  });

  it('lists the templates as links to edit them under "Edit templates"', async () => {
    const { bridge } = fakeBridge();
    render(<NewFromTemplateDialog bridge={bridge} />);
    act(() => openNewFromTemplate());
    fireEvent.click(within(await dialogNamed('New from template')).getByRole('button', { name: 'Edit templates' }));
    const dialog = await dialogNamed('Edit templates');
    const link = await within(dialog).findByRole('link', { name: 'Video story' });
    expect(link.getAttribute('href')).toBe(`#/story/${TEMPLATES[3]!.id}`);
    fireEvent.click(link);
    expect(getTemplateDialogState().open).toBe(false);
  });

  it('says why the templates could not be read', async () => {
    const { bridge } = fakeBridge({ listFails: new CopydeskError('read-only', 'Could not write the built-in templates: /lib is read-only.') });
    render(<NewFromTemplateDialog bridge={bridge} />);
    act(() => openNewFromTemplate());
    const dialog = await dialogNamed('New from template');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The templates could not be read: Could not write the built-in templates: /lib is read-only.',
    );
  });

  it('reads the templates again each time it opens', async () => {
    const { bridge, list } = fakeBridge();
    render(<NewFromTemplateDialog bridge={bridge} />);
    act(() => openNewFromTemplate());
    await within(await dialogNamed('New from template')).findByRole('button', { name: 'Feature' });
    act(() => closeTemplateDialog());
    act(() => openNewFromTemplate('edit'));
    await within(await dialogNamed('Edit templates')).findByRole('link', { name: 'Feature' });
    expect(list).toHaveBeenCalledTimes(2);
  });
});
