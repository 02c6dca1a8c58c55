import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placement, readWindowState, writeWindowState } from '../../../../electron/main/window-state.js';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const right = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('where the window opens', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placement(null, [right])).toEqual({ width: 1280, height: 820, maximized: false });
    // Never larger than the screen it opens on.
    expect(placement(null, [laptop])).toEqual({ width: 1280, height: 728, maximized: false });
  });

  it('opens where it was closed, maximized again if it was', () => {
    expect(placement({ x: 1400, y: 20, width: 1200, height: 900, maximized: true }, [laptop, right])).toEqual({ x: 1400, y: 20, width: 1200, height: 900, maximized: true });
  });

  it('keeps only the size when too little of the window would be on any screen (a screen unplugged, a title bar above the top)', () => {
    expect(placement({ x: 1400, y: 20, width: 1200, height: 900, maximized: false }, [laptop])).toEqual({ width: 1200, height: 728, maximized: false });
    expect(placement({ x: 1300, y: 20, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
    expect(placement({ x: 100, y: -690, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
    // Most of the window on the screen but its title bar above it: it could not be dragged back.
    expect(placement({ x: 100, y: -30, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
    expect(placement({ x: 1200, y: 20, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({ x: 1200, y: 20, width: 1000, height: 700, maximized: false });
  });

  it('is sized for the screen it opens on, not the largest one', () => {
    expect(placement({ x: 1400, y: 20, width: 1800, height: 1000, maximized: false }, [laptop, right])).toEqual({ x: 1400, y: 20, width: 1800, height: 1000, maximized: false });
    expect(placement({ x: 0, y: 0, width: 1800, height: 1000, maximized: false }, [laptop, right])).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false });
    // Without a place it opens on the primary screen, so it is sized for that one.
    expect(placement(null, [right, laptop], laptop)).toEqual({ width: 1280, height: 728, maximized: false });
  });

  it('never below the minimum size, and ignores what is not a saved place', () => {
    expect(placement({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop])).toEqual({ x: 10, y: 10, width: 960, height: 600, maximized: false });
    for (const saved of ['x', 42, [], { x: 1 }, { x: 0, y: 0, width: Number.NaN, height: 700 }, { x: 0, y: 0, width: -5, height: 700 }, { x: '0', y: 0, width: 900, height: 700 }]) {
      expect(placement(saved, [right])).toEqual({ width: 1280, height: 820, maximized: false });
    }
  });

  it('is read back as written; a missing or broken file reads as nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paybatch-window-state-'));
    try {
      expect(readWindowState(dir)).toBeNull();
      writeWindowState(dir, { x: 5, y: 6, width: 1000, height: 700, maximized: true });
      expect(readWindowState(dir)).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
      writeFileSync(join(dir, 'window-state.json'), '{"x": 5,');
      expect(readWindowState(dir)).toBeNull();
      // A folder that cannot be written to costs only the window's place.
      expect(() => writeWindowState(join(dir, 'missing', 'deeper'), { x: 0, y: 0, width: 1000, height: 700, maximized: false })).not.toThrow();
      expect(readFileSync(join(dir, 'window-state.json'), 'utf8')).toBe('{"x": 5,');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
