// A worker entry vitest cannot transform: tsx compiles the TypeScript fixture it loads.
import { register } from 'tsx/esm/api';

register();
await import('./engine-worker-with-faults.ts');
