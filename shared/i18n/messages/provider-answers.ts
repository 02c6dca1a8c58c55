import { messages } from '../entry.js';

/** Issue #15 (provider-answers): filled in by its feature. */
export const providerAnswersMessages = messages({});
