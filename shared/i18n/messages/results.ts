import { messages } from '../entry.js';

/** Issue #15 (results): filled in by its feature. */
export const resultsMessages = messages({});
