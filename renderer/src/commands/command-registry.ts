// Who in the interface carries out each command of the command table (shared/commands/command-table.ts).
// Parts of the interface register a handler while they are on screen (the story view its Print, the app its
// New Story); the key dispatcher and the desktop menu then ask the registry to run a command. A command
// nobody has registered for is not run — the desktop menu is the same for every view, so it may ask for
// something this view has nothing to do with, and that is not an error.

import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/bridge/contract.ts';
import type { RendererCommandId } from '../../../shared/commands/command-table.ts';

/** A request to run a command, with what it needs (export's format, import's file). */
export type CommandRequest<Id extends RendererCommandId = RendererCommandId> = Extract<MenuCommand, { command: Id }>;
export type CommandHandler<Id extends RendererCommandId> = (request: CommandRequest<Id>) => void;

export interface CommandRegistry {
  /** Registers a handler; the one registered last runs. Returns the way to take it back. */
  register<Id extends RendererCommandId>(id: Id, handler: CommandHandler<Id>): () => void;
  /** Whether anything on screen carries the command out now. */
  has(id: RendererCommandId): boolean;
  /** Runs the command; false when nothing has registered for it. */
  run(request: MenuCommand): boolean;
}

export function createCommandRegistry(): CommandRegistry {
  // A stack per command: a view that mounts over another takes the command over, and gives it back.
  const handlers = new Map<RendererCommandId, ((request: MenuCommand) => void)[]>();
  return {
    register(id, handler) {
      const entry = (request: MenuCommand) => handler(request as CommandRequest<typeof id>);
      const stack = handlers.get(id) ?? [];
      stack.push(entry);
      handlers.set(id, stack);
      return () => {
        const index = stack.lastIndexOf(entry);
        if (index >= 0) stack.splice(index, 1);
      };
    },
    has: (id) => (handlers.get(id)?.length ?? 0) > 0,
    run(request) {
      const handler = handlers.get(request.command)?.at(-1);
      if (!handler) return false;
      handler(request);
      return true;
    },
  };
}

/** The window's registry: the dispatcher and every handler meet here. */
export const commandRegistry = createCommandRegistry();

/** Carries out `id` while the component is mounted and `enabled`; the latest `handler` is always the one run. */
export function useCommandHandler<Id extends RendererCommandId>(
  id: Id,
  handler: CommandHandler<Id>,
  enabled = true,
  registry: CommandRegistry = commandRegistry,
): void {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => {
    if (!enabled) return undefined;
    return registry.register(id, (request) => handlerRef.current(request));
  }, [id, enabled, registry]);
}
