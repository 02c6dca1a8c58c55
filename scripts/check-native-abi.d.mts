export function addonAbi(bytes: Buffer): number | undefined;
export function electronAbi(electronVersion: string): number;
export function wrongAbiAddons(appOutDir: string, expected: number): Array<{ file: string; abi: number | undefined }>;
export default function checkNativeAbi(context: { appOutDir: string; packager: { config: { electronVersion?: string | null } } }): Promise<void>;
