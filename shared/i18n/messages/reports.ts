import { messages } from '../entry.js';

/** Issue #15 (reports): filled in by its feature. */
export const reportsMessages = messages({});
