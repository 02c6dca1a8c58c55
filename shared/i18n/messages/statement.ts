import { messages } from '../entry.js';

/** Issue #15 (statement): filled in by its feature. */
export const statementMessages = messages({});
