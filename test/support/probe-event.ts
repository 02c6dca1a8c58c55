import type { PaybatchEvent } from '../../shared/events.js';

/** What the fault-switch engine worker emits when asked: Vietnamese text, to see it arrive intact. */
export const probeEvent: PaybatchEvent = { type: 'row.status', batchId: 'b1', rowId: 'r7', status: 'succeeded', message: 'từ luồng khác' };
