/**
 * What CNI plugins print (spec 1.0.0): a result on success, an error object on failure. Both are
 * input from outside, checked with zod. A pod's attachment is read out of the final result: the
 * IPv4 address, gateway and MAC of its eth0.
 */
import * as z from 'zod/mini';

const iface = z.looseObject({ name: z.string(), mac: z.optional(z.string()), sandbox: z.optional(z.string()) });
const ipConfig = z.looseObject({
  address: z.string().check(z.regex(/^[0-9a-fA-F.:]+\/\d{1,3}$/)),
  gateway: z.optional(z.string()),
  interface: z.optional(z.number().check(z.int(), z.nonnegative())),
});

export const cniResultSchema = z.looseObject({
  cniVersion: z.string(),
  interfaces: z.optional(z.array(iface)),
  ips: z.optional(z.array(ipConfig)),
  routes: z.optional(z.array(z.looseObject({ dst: z.string(), gw: z.optional(z.string()) }))),
  dns: z.optional(z.looseObject({})),
});
export type CniResult = z.infer<typeof cniResultSchema>;

export const cniErrorSchema = z.looseObject({ code: z.number(), msg: z.string(), details: z.optional(z.string()) });
export type CniError = z.infer<typeof cniErrorSchema>;

/** The plugin's error object, when its output is one. */
export function parseCniError(stdout: string): CniError | undefined {
  try {
    const r = cniErrorSchema.safeParse(JSON.parse(stdout));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

export interface Attachment {
  /** The pod's IPv4 address, without prefix. */
  ip: string;
  /** The prefix length of its subnet. */
  prefixLength: number;
  gateway: string;
  mac: string;
}

/** The IPv4 address on ifName (inside the sandbox) with its gateway and MAC; undefined if there is none. */
export function attachmentOf(result: CniResult, ifName = 'eth0'): Attachment | undefined {
  const interfaces = result.interfaces ?? [];
  for (const ip of result.ips ?? []) {
    const [address = '', prefix = ''] = ip.address.split('/');
    if (address.includes(':')) continue;
    const owner = ip.interface === undefined ? undefined : interfaces[ip.interface];
    if (owner !== undefined && (owner.name !== ifName || owner.sandbox === undefined || owner.sandbox === '')) continue;
    const mac = owner?.mac ?? interfaces.find((i) => i.name === ifName && i.sandbox)?.mac ?? '';
    return { ip: address, prefixLength: Number(prefix), gateway: ip.gateway ?? '', mac };
  }
  return undefined;
}

/** A minimal result standing in for a lost one at DEL, rebuilt from the pod's labels. */
export function resultFromAttachment(a: Attachment, netnsPath: string, ifName = 'eth0'): CniResult {
  return {
    cniVersion: '1.0.0',
    interfaces: [{ name: ifName, mac: a.mac, sandbox: netnsPath }],
    ips: [{ address: `${a.ip}/${a.prefixLength}`, ...(a.gateway ? { gateway: a.gateway } : {}), interface: 0 }],
  };
}
