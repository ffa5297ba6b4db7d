// Commands in the interface: one table (shared/commands/command-table.ts) for the desktop menu, the keys, the
// buttons' tooltips and the shortcut sheet. Where the pieces go:
//
//   App         <AppCommands bridge />        the key dispatcher and the menu's commands, the theme, New Story,
//                                             Dark Mode, the "Keyboard shortcuts" sheet, failure notices
//   StoryView   <StoryCommands … />           Save, Duplicate, Move to Trash, Print, the Preview and House Style panels
//               <StoryMenu />                 the top bar's "Story" menu: Print, Duplicate, Move to Trash, the sheet
//   anywhere    useCommandHandler(id, run, enabled)   carries out a command while mounted (and enabled)
//
// A command nobody has registered for is not run: the desktop menu may ask for it, the keys pass through.

export { AppCommands, createAndOpenStory } from './app-commands.tsx';
export { commandRegistry, createCommandRegistry, useCommandHandler, type CommandHandler, type CommandRegistry, type CommandRequest } from './command-registry.ts';
export { commandForKey, useCommandDispatcher } from './command-dispatcher.ts';
export { commandAccelerator, commandAriaShortcut, commandShortcutLabel, editorShortcutOf } from './command-shortcuts.ts';
export { reportCommandFailure } from './command-failure.tsx';
export { currentKeyPlatform } from './platform.ts';
export { printDocument } from './print-story.ts';
export { ShortcutSheet } from './shortcut-sheet.tsx';
export { StoryCommands, type StoryCommandSession, type StoryCommandsProps } from './story-commands.tsx';
export { StoryMenu } from './story-menu.tsx';
