// One Copydesk at a time: two processes writing the same library and preferences would fight over the
// index. A second launch hands over to the first, which comes to the front.

import { app } from 'electron';

/** Returns false when another Copydesk is already running (this one then quits). */
export function setupSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => onSecondInstance());
  return true;
}
