export { ExportDialog } from './export-dialog.tsx';
export { ExportMenu } from './export-menu.tsx';
export { EXPORT_SHORTCUT, useExportCommands } from './use-export-commands.ts';
