/** A task for one row, due at `at` (epoch ms); ties go to the lower row sequence. */
export type Due = { readonly at: number; readonly seq: number };

/**
 * The earliest-due row first. A batch of 100,000 rows keeps every row it still has to send or
 * follow here, so taking the next one must not walk them all.
 */
export class DueHeap {
  private readonly items: Due[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Due | undefined {
    return this.items[0];
  }

  push(item: Due): void {
    const items = this.items;
    items.push(item);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!before(items[at] as Due, items[parent] as Due)) break;
      swap(items, at, parent);
      at = parent;
    }
  }

  pop(): Due | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let at = 0;
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let least = at;
      if (left < items.length && before(items[left] as Due, items[least] as Due)) least = left;
      if (right < items.length && before(items[right] as Due, items[least] as Due)) least = right;
      if (least === at) return top;
      swap(items, at, least);
      at = least;
    }
  }
}

function before(a: Due, b: Due): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function swap(items: Due[], a: number, b: number): void {
  const held = items[a] as Due;
  items[a] = items[b] as Due;
  items[b] = held;
}
