import { messages } from '../entry.js';

export const importMessages = messages({});
