import { describe, expect, it } from 'vitest';
import { changeQueue } from '../../../../renderer/src/batches/change-queue';

/** A change the test answers by hand: `ok` with the version it will be drawn at, or refused. */
function held() {
  let answer: (value: { result: string | null; shownAt: number }) => void = () => {};
  const runs: string[] = [];
  const run = (name: string) => () => {
    runs.push(name);
    return new Promise<{ result: string | null; shownAt: number }>((resolve) => (answer = resolve));
  };
  return { runs, run, ok: (result: string, shownAt: number) => answer({ result, shownAt }), refuse: () => answer({ result: null, shownAt: 0 }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('changeQueue', () => {
  it('runs changes one after another, in the order asked', async () => {
    const queue = changeQueue<string>();
    const h = held();
    const first = queue.ask('a', 0, h.run('a'));
    const second = queue.ask('b', 0, h.run('b'));
    await settle();
    expect(h.runs).toEqual(['a']);
    h.ok('A', 1);
    await settle();
    expect(h.runs).toEqual(['a', 'b']);
    h.ok('B', 2);
    expect([await first, await second]).toEqual(['A', 'B']);
  });

  it('answers the same change asked again before its answer is drawn with the one request', async () => {
    const queue = changeQueue<string>();
    const h = held();
    const first = queue.ask('undo 5', 0, h.run('undo 5'));
    expect(queue.ask('undo 5', 0, h.run('undo 5 again'))).toBe(first);
    // Still on its way, whatever else was drawn meanwhile.
    expect(queue.ask('undo 5', 9, h.run('undo 5 again'))).toBe(first);
    await settle();
    h.ok('undone', 1);
    await first;
    // Answered, not yet drawn (the screen is still at version 0): still the same request.
    expect(queue.ask('undo 5', 0, h.run('undo 5 again'))).toBe(first);
    // Drawn: asked again, it is asked again.
    void queue.ask('undo 5', 1, h.run('undo 5 after'));
    await settle();
    expect(h.runs).toEqual(['undo 5', 'undo 5 after']);
  });

  it('asks again a change that was refused, and one asked again after another change', async () => {
    const queue = changeQueue<string>();
    const h = held();
    const refused = queue.ask('set x', 0, h.run('set x'));
    await settle();
    h.refuse();
    expect(await refused).toBeNull();
    void queue.ask('set x', 0, h.run('set x again'));
    await settle();
    h.ok('X', 1);
    await settle();
    // X, then Y, then X while nothing is drawn yet: the last X is its own change.
    void queue.ask('set y', 0, h.run('set y'));
    await settle();
    h.ok('Y', 2);
    await settle();
    void queue.ask('set x', 0, h.run('set x third'));
    await settle();
    expect(h.runs).toEqual(['set x', 'set x again', 'set y', 'set x third']);
  });

  it('forgets a change whose call failed, and keeps running the ones after it', async () => {
    const queue = changeQueue<string>();
    const failed = queue.ask('a', 0, () => Promise.reject(new Error('bridge gone')));
    await expect(failed).rejects.toThrow('bridge gone');
    const h = held();
    const again = queue.ask('a', 0, h.run('a again'));
    await settle();
    h.ok('A', 1);
    expect(await again).toBe('A');
  });
});
