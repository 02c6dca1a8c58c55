import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
export type WindowState = Rect & { readonly maximized: boolean };
/** Where the window opens: a size always, a position only when the saved one is still on a screen. */
export type WindowPlacement = { readonly width: number; readonly height: number; readonly x?: number; readonly y?: number; readonly maximized: boolean };

export const defaultSize = { width: 1280, height: 820 } as const;
export const minimumSize = { width: 960, height: 600 } as const;
/** The part of the window that must be on a screen for it to open where it was: a grip on its title bar. */
const titleBar = { width: 160, height: 48 } as const;

const fileName = 'window-state.json';

/**
 * Where the window opens, from what was saved and the screens there are now. A screen unplugged
 * since, a resolution lowered or a file edited by hand must never put the window out of reach:
 * the position is kept only when the top of the window (its title bar, by which it is dragged)
 * is on a screen, and the size never exceeds that screen's work area (the primary screen's,
 * where a window without a position opens) nor goes below the minimum.
 */
export function placement(saved: unknown, workAreas: readonly Rect[], primary: Rect | undefined = workAreas[0]): WindowPlacement {
  const state = asState(saved);
  const fit = (value: number, min: number, max: number | undefined) => Math.max(min, max === undefined ? value : Math.min(value, max));
  const sized = (want: { width: number; height: number }, area: Rect | undefined) => ({ width: fit(want.width, minimumSize.width, area?.width), height: fit(want.height, minimumSize.height, area?.height) });
  if (!state) return { ...sized(defaultSize, primary), maximized: false };
  const home = workAreas.find((area) => overlap(area, { x: state.x, y: state.y, width: state.width, height: titleBar.height }, titleBar));
  if (!home) return { ...sized(state, primary), maximized: state.maximized };
  return { x: state.x, y: state.y, ...sized(state, home), maximized: state.maximized };
}

function overlap(a: Rect, b: Rect, least: { width: number; height: number }): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= least.width && height >= least.height;
}

function asState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const n = (key: string) => (typeof v[key] === 'number' && Number.isFinite(v[key]) ? Math.round(v[key]) : null);
  const [x, y, width, height] = [n('x'), n('y'), n('width'), n('height')];
  if (x === null || y === null || width === null || height === null || width <= 0 || height <= 0) return null;
  return { x, y, width, height, maximized: v['maximized'] === true };
}

/** What was saved in the data folder, or null (none yet, unreadable, not JSON: the defaults then). */
export function readWindowState(dataDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dataDir, fileName), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Saved as the window closes, so synchronously; a temporary file renamed over the old one, so
 * a crash midway leaves the last good state, never half a file. Failing to save is no reason
 * to stop a window closing: the next start opens at the default size.
 */
export function writeWindowState(dataDir: string, state: WindowState): void {
  const target = join(dataDir, fileName);
  try {
    writeFileSync(`${target}.tmp`, `${JSON.stringify(state)}\n`);
    renameSync(`${target}.tmp`, target);
  } catch {
    // Nothing to lose but the window's place.
  }
}
