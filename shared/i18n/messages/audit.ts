import { messages } from '../entry.js';

/** Issue #15 (audit): filled in by its feature. */
export const auditMessages = messages({});
