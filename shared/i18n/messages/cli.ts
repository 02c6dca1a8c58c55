import { messages } from '../entry.js';

export const cliMessages = messages({});
