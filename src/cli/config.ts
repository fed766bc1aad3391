// podctl's settings file: TOML at /etc/podctl/podctl.toml, or wherever PODCTL_CONFIG points.
// Flags win over it; it wins over the built-in defaults.
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { invalidArgument } from '../errors.js';
import { checkSchema } from '../schema-issues.js';

export const DEFAULT_CONFIG_PATH = '/etc/podctl/podctl.toml';

export interface PodctlConfig {
  /** The image pod sandboxes run; default: podctl's own pause image. */
  infraImage?: string;
  /** The snapshotter images are unpacked with and containers run on; default: overlayfs. */
  snapshotter?: string;
  /** Where CNI plugins are looked for; default: CNI_PATH, else /usr/lib/cni then /opt/cni/bin. */
  cniPath?: string[];
  /** Where podctl keeps its networks' conflists; default: NETCONFPATH, else /etc/cni/net.d. */
  cniConfigDir?: string;
}

const schema = z.strictObject({
  infra_image: z.optional(z.string().check(z.minLength(1))),
  snapshotter: z.optional(z.string().check(z.regex(/^[a-z0-9_.-]+$/))),
  cni_path: z.optional(z.array(z.string().check(z.regex(/^\//)))),
  cni_config_dir: z.optional(z.string().check(z.regex(/^\//))),
});

/** Parses the file's text; every problem is one line naming the file and the key. */
export async function parseConfig(text: string, path: string): Promise<PodctlConfig> {
  const { parse } = await import('smol-toml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw invalidArgument(`config ${path}: not valid TOML: ${reason}`);
  }
  const result = checkSchema(schema, doc);
  if (!result.success) {
    // A settings file is judged by key: which is unknown, or which holds a value podctl cannot use.
    const { at, issue } = result.problem;
    const what =
      issue?.code === 'unrecognized_keys' ? `unknown key ${issue.keys.join(', ')}` : `invalid value for ${at}`;
    throw invalidArgument(`config ${path}: ${what}`, {
      cause: result.error,
      hint: 'known keys: infra_image, snapshotter, cni_path, cni_config_dir',
    });
  }
  return {
    ...(result.data.infra_image === undefined ? {} : { infraImage: result.data.infra_image }),
    ...(result.data.snapshotter === undefined ? {} : { snapshotter: result.data.snapshotter }),
    ...(result.data.cni_path === undefined ? {} : { cniPath: result.data.cni_path }),
    ...(result.data.cni_config_dir === undefined ? {} : { cniConfigDir: result.data.cni_config_dir }),
  };
}

/** The settings in effect: none when the default file does not exist. */
export async function loadConfig(env: NodeJS.ProcessEnv): Promise<PodctlConfig> {
  const path = env.PODCTL_CONFIG || DEFAULT_CONFIG_PATH;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !env.PODCTL_CONFIG) return {};
    throw invalidArgument(`config ${path}: ${missing ? 'no such file' : (err as Error).message}`, {
      hint: 'PODCTL_CONFIG names a file that cannot be read',
    });
  }
  return parseConfig(text, path);
}
