export function findElectronBinary(cwd: string): string | null;
