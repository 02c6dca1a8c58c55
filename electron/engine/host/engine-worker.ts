import { parentPort, workerData } from 'node:worker_threads';
import { serveEngine } from './serve-engine.js';
import type { EngineWorkerData } from './worker-protocol.js';

/**
 * The engine's thread, built as out/main/engine-worker.js. The Electron app and
 * `paybatch serve` both start this same entry (workerEngineHost), so signing, fsyncs and
 * provider calls never run on the thread that draws the window or answers the page.
 */
if (!parentPort) throw new Error('engine-worker.js runs only as a worker thread (see workerEngineHost).');
serveEngine(parentPort, workerData as EngineWorkerData);
