// The library names an option in its messages and hints by its library name, as "the `platform`
// option" (src/errors.ts); the CLI shows the flag that sets it instead. The one error boundary
// (main.ts) rewrites every message and hint it prints through `withFlagNames`.

/** Library option name (or path into an option) → the flag the CLI shows for it. */
export const OPTION_FLAGS: Readonly<Record<string, string>> = {
  address: '--address',
  addHosts: '--add-host',
  allPlatforms: '--all-platforms',
  autoRemove: '--rm',
  baseName: '--name',
  detach: '-d',
  dns: '--dns',
  entrypoint: '--entrypoint',
  filter: '--filter',
  force: '-f',
  gateway: '--gateway',
  hostname: '--hostname',
  insecureRegistries: '--insecure-registry',
  name: '--name',
  'namespaces.ipc': '--ipc',
  'namespaces.net': '--net',
  'namespaces.pid': '--pid',
  'namespaces.uts': '--uts',
  network: '--network',
  platform: '--platform',
  pod: '--pod',
  publish: '-p/--publish',
  restart: '--restart',
  share: '--share',
  stdio: '-i/-t',
  stopSignal: '--stop-signal',
  stopTimeout: '--stop-timeout',
  subnet: '--subnet',
  tty: '-t',
  workdir: '--workdir',
};

// An option's name, or a path into an option (`namespaces.net`).
const OPTION_REFERENCE = /\b[Tt]he `([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)` option\b/g;

/**
 * The text with every "the `X` option" written as X's flag: "choose one with the `platform`
 * option" → "choose one with --platform". An option the table does not know is left as it is.
 */
export function withFlagNames(text: string): string {
  return text.replace(OPTION_REFERENCE, (whole, name: string) =>
    Object.hasOwn(OPTION_FLAGS, name) ? OPTION_FLAGS[name]! : whole,
  );
}
