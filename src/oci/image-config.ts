// An image's runtime config (command, environment, working directory, user) applied to a spec,
// with docker's rules for what the user's flags override.
import { posix } from 'node:path';
import { invalidArgument } from '../errors.js';
import { checkAbsolute } from './check.js';
import { DEFAULT_PATH_ENV } from './defaults.js';
import { mergeEnv, withEnv, type EnvInput } from './process.js';
import { ensureProcess, type SpecOpt } from './spec.js';
import { resolveUser, type ResolvedUser } from './user.js';

/** The fields podctl uses from an image config's `config` object (Docker writes null for empty lists). */
export interface ImageRuntimeConfig {
  User?: string;
  Env?: readonly string[] | null;
  Entrypoint?: readonly string[] | null;
  Cmd?: readonly string[] | null;
  WorkingDir?: string;
}

/** What `run` flags (or a Kubernetes container) override. */
export interface ImageConfigOverrides {
  /** --entrypoint: replaces the image's entrypoint and drops the image's Cmd; [] means none. */
  entrypoint?: readonly string[];
  /** The arguments after the image name: replace the image's Cmd. */
  cmd?: readonly string[];
  /** -e: merged over the image's Env, by key. */
  env?: EnvInput;
  /** --workdir: absolute. */
  workdir?: string;
  /** --user: user[:group], names or numbers. */
  user?: string;
}

/** The image's /etc/passwd and /etc/group as text, read by the caller; absent when the image lacks them. */
export interface ImageUserFiles {
  passwd?: string;
  group?: string;
}

// An entrypoint of [""] is how docker records `--entrypoint ""`: no entrypoint.
const entrypointOf = (e: readonly string[] | null | undefined) => (e && !(e.length === 1 && e[0] === '') ? [...e] : []);

/**
 * The command line, as docker combines them: entrypoint + cmd, where --entrypoint replaces the
 * image's entrypoint and resets its Cmd (unless cmd is given too), and cmd replaces the image's Cmd.
 */
export function resolveProcessArgs(
  image: ImageRuntimeConfig,
  overrides: Pick<ImageConfigOverrides, 'entrypoint' | 'cmd'> = {},
): string[] {
  const entrypoint =
    overrides.entrypoint !== undefined ? entrypointOf(overrides.entrypoint) : entrypointOf(image.Entrypoint);
  const cmd = overrides.cmd ?? (overrides.entrypoint !== undefined ? [] : (image.Cmd ?? []));
  const args = [...entrypoint, ...cmd];
  if (args.length === 0) {
    throw invalidArgument('no command specified: the image has no Entrypoint or Cmd', {
      hint: 'give a command after the image name, or the `entrypoint` option',
    });
  }
  return args;
}

/** The image's working directory, or --workdir; "/" when neither says. */
function workdirOf(image: ImageRuntimeConfig, workdir: string | undefined): string {
  if (workdir !== undefined) return checkAbsolute('the `workdir` option', workdir);
  return image.WorkingDir ? posix.resolve('/', image.WorkingDir) : '/';
}

/**
 * Applies an image's config under the user's overrides: process args, environment (the spec's,
 * then the image's Env, then overrides.env), working directory and user. A user name is looked
 * up in files; a bad command, working directory or user throws invalid-argument here.
 */
export function withImageConfig(
  imageConfig: ImageRuntimeConfig | undefined,
  overrides: ImageConfigOverrides = {},
  files: ImageUserFiles = {},
): SpecOpt {
  const image = imageConfig ?? {};
  const args = resolveProcessArgs(image, overrides);
  const cwd = workdirOf(image, overrides.workdir);
  const user: ResolvedUser = resolveUser(overrides.user ?? image.User ?? '', files.passwd, files.group);
  const overrideEnv = overrides.env === undefined ? undefined : withEnv(overrides.env);
  return (spec) => {
    const process = ensureProcess(spec);
    process.args = args;
    process.env = mergeEnv(process.env ?? [DEFAULT_PATH_ENV], image.Env ?? []);
    overrideEnv?.(spec);
    process.cwd = cwd;
    const { uid, gid, additionalGids } = user;
    process.user = additionalGids.length > 0 ? { uid, gid, additionalGids: [...additionalGids] } : { uid, gid };
  };
}
