// `podctl network create|ls|inspect|rm` and `podctl port`.
import type { Command } from 'commander';
import * as z from 'zod/mini';
import { formatFlag, parseFlags } from '../flags.js';
import { openClient } from '../global.js';
import type { CliIO } from '../io.js';
import { printJson, printTable } from '../output.js';
import { cliCniDirs } from './pod.js';

type Done = (code: number) => void;

const createFlags = z.object({ subnet: z.optional(z.string()), gateway: z.optional(z.string()) });
const listFlags = z.object({ format: formatFlag, quiet: z.optional(z.boolean()) });

function addCreate(network: Command, io: CliIO, done: Done): void {
  network
    .command('create')
    .description(
      'Create a bridge network (a CNI conflist podctl owns): its own bridge and a subnet no route of the host covers',
    )
    .argument('<name>', 'network name')
    .option('--subnet <cidr>', 'IPv4 subnet, such as 10.89.7.0/24 (default: a free /24 of 10.89.0.0 to 10.99.255.0)')
    .option('--gateway <ip>', "the bridge's address (default: the subnet's first)")
    .action(async (name: string, raw: unknown) => {
      const flags = parseFlags(createFlags, raw, 'network create');
      const { createPodNetwork } = await import('../../network/networks.js');
      const created = await createPodNetwork({
        name,
        subnet: flags.subnet,
        gateway: flags.gateway,
        dirs: await cliCniDirs(io.env),
      });
      io.stdout.write(`${created.name}\n`);
      done(0);
    });
}

function addList(cmd: Command, io: CliIO, done: Done): void {
  cmd
    .description("List podctl's networks")
    .option('--format <format>', 'output format: table or json', 'table')
    .option('-q, --quiet', 'only show network names')
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(listFlags, raw, 'network ls');
      const { listNetworkDetails } = await import('../../network/networks.js');
      const client = await openClient(command, io);
      using _ = client;
      const nets = await listNetworkDetails(client, {
        dirs: await cliCniDirs(io.env),
        ...(io.signal ? { signal: io.signal } : {}),
      });
      if (flags.format === 'json') printJson(io.stdout, nets);
      else if (flags.quiet) io.stdout.write(nets.map((n) => `${n.name}\n`).join(''));
      else
        printTable(
          io.stdout,
          ['NAME', 'BRIDGE', 'SUBNET', 'GATEWAY', 'PODS', 'FILE'],
          nets.map((n) => [n.name, n.bridge, n.subnet, n.gateway, String(n.users.length), n.file]),
        );
      done(0);
    });
}

function addInspect(network: Command, io: CliIO, done: Done): void {
  network
    .command('inspect')
    .description('Show networks as JSON: bridge, subnet, gateway, plugins, file, and the pods on each')
    .argument('<network...>', 'network names')
    .action(async (names: string[], _raw: unknown, command: Command) => {
      const { inspectNetwork } = await import('../../network/networks.js');
      const client = await openClient(command, io);
      using _ = client;
      const dirs = await cliCniDirs(io.env);
      const out = [];
      for (const name of names)
        out.push(await inspectNetwork(client, name, { dirs, ...(io.signal ? { signal: io.signal } : {}) }));
      printJson(io.stdout, out);
      done(0);
    });
}

function addRemove(cmd: Command, io: CliIO, done: Done): void {
  cmd
    .description('Remove networks: their file, bridge and address store; refused while a pod uses one')
    .argument('<network...>', 'network names')
    .action(async (names: string[], _raw: unknown, command: Command) => {
      const { removePodNetwork } = await import('../../network/networks.js');
      const client = await openClient(command, io);
      using _ = client;
      const dirs = await cliCniDirs(io.env);
      for (const name of names) {
        await removePodNetwork(client, name, { dirs, ...(io.signal ? { signal: io.signal } : {}) });
        io.stdout.write(`${name}\n`);
      }
      done(0);
    });
}

export function registerNetwork(program: Command, io: CliIO, done: Done): void {
  const network = program.command('network').description('Manage networks');
  addCreate(network, io, done);
  addList(network.command('ls').alias('list'), io, done);
  addInspect(network, io, done);
  addRemove(network.command('rm').alias('remove'), io, done);
}

export function registerPort(program: Command, io: CliIO, done: Done): void {
  program
    .command('port')
    .description("List a pod's or container's published ports: CONTAINERPORT/PROTO -> HOSTIP:HOSTPORT")
    .argument('<name>', 'pod or container name')
    .argument('[port]', 'only this container port, as PORT or PORT/PROTO')
    .action(async (name: string, port: string | undefined, _raw: unknown, command: Command) => {
      const { publishedPortsOf } = await import('../../network/published-ports.js');
      const client = await openClient(command, io);
      using _ = client;
      const mappings = await publishedPortsOf(client, name, io.signal);
      const [num, proto] = (port ?? '').split('/');
      const shown = mappings.filter(
        (m) => port === undefined || (String(m.containerPort) === num && (proto === undefined || proto === m.protocol)),
      );
      io.stdout.write(shown.map((m) => `${m.containerPort}/${m.protocol} -> ${m.hostIP}:${m.hostPort}\n`).join(''));
      done(0);
    });
}
