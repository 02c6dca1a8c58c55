import type { MouseEvent } from 'react';

// The button the last click landed on: a double click's second click is left out only on the
// button its first click pressed (see singleClick).
let lastPressed: EventTarget | null = null;

/**
 * A click handler that leaves out the second click of a double click on the same button
 * (`detail` counts the clicks of one gesture within the system's double-click time; a key
 * press on the button gives 0). For buttons whose change moves what they then offer: Undo
 * comes to offer the change before, Exclude becomes Include, and the second click would take
 * back the step before or the first click's own work. Another button that moved under the
 * pointer meanwhile (the next problem's Fix) still takes its click.
 */
export function singleClick(handler: () => void): (event: MouseEvent) => void {
  return (event) => {
    const again = event.detail > 1 && lastPressed === event.currentTarget;
    lastPressed = event.currentTarget;
    if (again) return;
    handler();
  };
}
