import type { MouseEvent } from 'react';

/**
 * A click handler that leaves out the second click of a double click (`detail` counts the
 * clicks of one gesture; a key press on the button gives 0). For buttons whose change moves
 * what they then offer: Undo comes to offer the change before, Exclude becomes Include, and a
 * second click, however late, would take back the step before or the first click's own work.
 */
export function singleClick(handler: () => void): (event: MouseEvent) => void {
  return (event) => {
    if (event.detail > 1) return;
    handler();
  };
}
