import { messages } from '../entry.js';

export const engineMessages = messages({});
