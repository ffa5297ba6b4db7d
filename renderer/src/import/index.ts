// Importing stories in the interface. Where the pieces go:
//
//   App                <ImportCommands bridge />   a file dropped on the window (not on the story's text),
//                                                  and File ▸ Import… from the desktop app's menu
//   the library        <ImportButton bridge />     "Import…": the system's file dialog
//                      <ImportBanner />            "Importing courthouse.html…", or why it failed
//   the story          <ImportBanner storyId />    what the import of this story could not place
//
// An import makes a new story (bridge `story:import`) and opens it.

import './import.css';

export { ImportBanner } from './import-banner.tsx';
export { ImportButton, chooseAndImport } from './import-button.tsx';
export { ImportCommands } from './import-commands.tsx';
export { dismissImport, getImportState, startImport, useImportState, type ImportState } from './import-state.ts';
export { IMPORT_ACCEPT, checkImportFile, importStory, type ImportSource } from './import-story.ts';
