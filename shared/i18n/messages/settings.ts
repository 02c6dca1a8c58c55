import { messages } from '../entry.js';

export const settingsMessages = messages({});
