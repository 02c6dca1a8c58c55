import { messages } from '../entry.js';

export const reviewMessages = messages({});
