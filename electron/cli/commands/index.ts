// Every command, in the order the help lists them. A new command is a file in this folder and a line here.

import type { Command } from '../command.ts';
import { creditCommand } from './credit.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { lintCommand } from './lint.ts';
import { listCommand } from './list.ts';
import { newCommand } from './new.ts';
import { showCommand } from './show.ts';
import { validateCommand } from './validate.ts';

export const COMMANDS: readonly Command[] = [listCommand, newCommand, showCommand, validateCommand, lintCommand, exportCommand, importCommand, creditCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
