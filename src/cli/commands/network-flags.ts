// The network flags of `pod create` and standalone `run`: --network, -p, --add-host and --dns*,
// checked here so that bad input creates nothing.
import { cniDirs, type CniDirs } from '../../network/cni-dirs.js';
import type { PortMapping } from '../../network/ports.js';
import type { DnsSettings, ExtraHost } from '../../host/etc-files.js';
import { checkDnsServer, parseAddHost } from '../parse/etc-flags.js';
import { parsePublishList } from '../parse/publish.js';
import type { PodctlConfig } from '../config.js';

export interface NetworkFlags {
  network?: string | undefined;
  publish: string[];
  addHost: string[];
  dns: string[];
  dnsSearch: string[];
  dnsOption: string[];
}

export interface PodNetworkOptions {
  network: string;
  publish: PortMapping[];
  addHosts: ExtraHost[];
  dns?: DnsSettings;
  cniDirs: CniDirs;
}

export function podNetworkOptions(
  flags: NetworkFlags,
  config: PodctlConfig,
  env: NodeJS.ProcessEnv,
): PodNetworkOptions {
  const dns: DnsSettings = {
    ...(flags.dns.length > 0 ? { servers: flags.dns.map(checkDnsServer) } : {}),
    ...(flags.dnsSearch.length > 0 ? { search: flags.dnsSearch } : {}),
    ...(flags.dnsOption.length > 0 ? { options: flags.dnsOption } : {}),
  };
  return {
    network: flags.network ?? 'bridge',
    publish: parsePublishList(flags.publish),
    addHosts: flags.addHost.map(parseAddHost),
    ...(Object.keys(dns).length > 0 ? { dns } : {}),
    cniDirs: cniDirs(env, { pluginDirs: config.cniPath, configDir: config.cniConfigDir }),
  };
}
