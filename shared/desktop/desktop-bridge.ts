import type { DesktopInput, DesktopResult } from './desktop-api.js';
import type { DesktopMethodName, MenuCommand } from './desktop-methods.js';

/**
 * `window.paybatchDesktop`, present only in the desktop app: one function per desktop method and
 * a subscription to the menu's commands. Answers are Results, as the contract's are.
 */
export type DesktopBridge = {
  readonly [M in DesktopMethodName]: (input: DesktopInput<M>) => Promise<DesktopResult<M>>;
} & {
  readonly onMenu: (listener: (command: MenuCommand) => void) => () => void;
};
