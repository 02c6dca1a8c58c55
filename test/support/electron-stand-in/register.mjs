// `node --import …/register.mjs out/main/index.js`: the built main process runs with the
// recording stand-in answering for `electron` (see electron.mjs).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
