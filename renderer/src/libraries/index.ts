export { OpenButton, OpenLibraryCommands } from './open-library-dialog.tsx';
export { LibraryOpenedNotice } from './library-opened-notice.tsx';
