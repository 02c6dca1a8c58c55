import { messages } from '../entry.js';

export const rulesMessages = messages({});
