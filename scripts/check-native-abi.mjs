// electron-builder's afterPack hook: refuses to make an installer whose native modules were
// built for another runtime than the Electron inside it. A wrong build packs and signs without
// a word, and the installed app would fail only when it opens its database. N-API modules
// (@napi-rs/keyring) load in any runtime and carry no ABI number; better-sqlite3 does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAbi } from 'node-abi';

/** The ABI a Node addon was compiled for, from the symbol its registration exports. */
export function addonAbi(bytes) {
  const match = /node_register_module_v(\d+)/.exec(bytes.toString('latin1'));
  return match ? Number(match[1]) : undefined;
}

function nodeFiles(dir, into = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) nodeFiles(path, into);
    else if (entry.name.endsWith('.node')) into.push(path);
  }
  return into;
}

/** The ABI number of addons built for this Electron version. */
export function electronAbi(electronVersion) {
  return Number(getAbi(electronVersion, 'electron'));
}

/** Each packaged addon built for an ABI other than `expected`, with the one it has. */
export function wrongAbiAddons(appOutDir, expected) {
  return nodeFiles(appOutDir)
    .map((file) => ({ file, abi: addonAbi(readFileSync(file)) }))
    .filter(({ abi }) => abi !== undefined && abi !== expected);
}

export default async function checkNativeAbi(context) {
  const electronVersion = context.packager.config.electronVersion;
  const expected = electronAbi(electronVersion);
  const wrong = wrongAbiAddons(context.appOutDir, expected);
  if (wrong.length > 0) {
    const list = wrong.map(({ file, abi }) => `  ${file} (ABI ${abi})`).join('\n');
    throw new Error(`Native modules built for another runtime than Electron ${electronVersion} (ABI ${expected}):\n${list}\nRebuild them for Electron (npmRebuild), with no npm_config_nodedir set.`);
  }
}
