// Files that ship in podctl's package beside the code (images/pause.oci.tar, the logger
// binary), found from wherever the code runs: the package root is one level above the CLI
// bundle (dist/podctl.cjs) and two above a module (src/<layer>/, dist/<layer>/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** This module's directory: `__dirname` in the CommonJS bundle, import.meta.url as ESM. */
function moduleDirs(): string[] {
  const dirs: string[] = [];
  if (typeof __dirname === 'string') dirs.push(__dirname);
  try {
    dirs.push(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // The bundle has no import.meta.
  }
  return dirs;
}

/** Every place a package file may be, best first. */
export function packageFileCandidates(relative: string): string[] {
  const candidates = moduleDirs().flatMap((dir) => [
    path.resolve(dir, '..', relative),
    path.resolve(dir, '../..', relative),
  ]);
  return [...new Set(candidates)];
}

/** The package file's path, or undefined when the package lacks it. */
export function findPackageFile(relative: string): string | undefined {
  return packageFileCandidates(relative).find((candidate) => existsSync(candidate));
}
