import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Who may be asked: by default only public addresses; `allowLoopback` adds 127.0.0.0/8 and ::1 (tests, local fixtures). */
export interface AddressPolicy {
  /** Lets requests reach loopback addresses (and `localhost`): for tests and fixtures served on 127.0.0.1. */
  allowLoopback?: boolean;
}

/** One kind of address no request from data may reach, and its ranges (address, prefix). */
type Kind = [name: string, ranges: ReadonlyArray<[string, number]>];

const LOOPBACK: Kind = [
  'loopback',
  [
    ['127.0.0.0', 8],
    ['::1', 128],
  ],
];

/** IPv6 forms that carry an IPv4 address, refused whatever the address inside (`[::ffff:127.0.0.1]`). */
const IPV4_IN_IPV6: Kind = [
  'IPv4-mapped',
  [
    ['::ffff:0:0', 96],
    ['::', 96],
    ['64:ff9b::', 96],
  ],
];

const INTERNAL: Kind[] = [
  [
    'unspecified',
    [
      ['0.0.0.0', 8],
      ['::', 128],
    ],
  ],
  [
    'private',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
      ['100.64.0.0', 10],
      ['192.0.0.0', 24],
      ['198.18.0.0', 15],
      ['fc00::', 7],
    ],
  ],
  [
    'link-local',
    [
      ['169.254.0.0', 16],
      ['fe80::', 10],
    ],
  ],
  [
    'multicast or reserved',
    [
      ['224.0.0.0', 3],
      ['ff00::', 8],
    ],
  ],
];

const blockListOf = ([, ranges]: Kind): BlockList => {
  const list = new BlockList();
  for (const [address, prefix] of ranges)
    list.addSubnet(address, prefix, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return list;
};

/** The block lists, built on first use: building them compiles Node's IPv6 pattern, a cost every CLI start would pay. */
let blockLists:
  | { kinds: Array<{ name: string; list: BlockList }>; mapped: BlockList; ownIpv6: BlockList }
  | undefined;
const lists = () =>
  (blockLists ??= {
    kinds: [LOOPBACK, ...INTERNAL].map((kind) => ({ name: kind[0], list: blockListOf(kind) })),
    mapped: blockListOf(IPV4_IN_IPV6),
    /** `::1` and `::`, which the IPv4-compatible range `::/96` holds but which are IPv6's own. */
    ownIpv6: blockListOf([
      '',
      [
        ['::1', 128],
        ['::', 128],
      ],
    ]),
  });

/**
 * The kind of internal address `address` (an IP literal) is, or `undefined` for a public one: loopback,
 * unspecified, private (RFC 1918, CGNAT, ULA), link-local, multicast or reserved, or IPv4-mapped (any IPv6
 * form holding an IPv4 address: refused whatever it holds). Loopback passes when the policy allows it.
 */
export function internalAddressKind(address: string, policy: AddressPolicy = {}): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'unreadable';
  // Node's BlockList matches an IPv6 rule for IPv4-mapped IPv4 addresses too: only IPv6 input is asked.
  const { kinds, mapped, ownIpv6 } = lists();
  if (family === 6 && mapped.check(address, 'ipv6') && !ownIpv6.check(address, 'ipv6'))
    return IPV4_IN_IPV6[0];
  const type = family === 6 ? 'ipv6' : 'ipv4';
  const kind = kinds.find(({ list }) => list.check(address, type))?.name;
  return kind === LOOPBACK[0] && policy.allowLoopback ? undefined : kind;
}

/** Resolves a host name to its addresses (`dns.lookup`, all of them); tests replace it. */
export type Resolve = (hostname: string) => Promise<string[]>;

const resolveAll: Resolve = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address }) => address);

/** A request refused because of where it would go; never retried. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
}

/**
 * Throws a {@link BlockedAddressError} unless `url` is http(s) and its host, read by the WHATWG parser (so
 * `2130706433`, `0x7f000001`, `127.1` and `017700000001` are all 127.0.0.1) and, for a name, every address
 * `dns.lookup` gives for it, is public under `policy`. Called before every hop, redirects included.
 */
export async function checkRequestTarget(
  url: string,
  policy: AddressPolicy = {},
  resolve: Resolve = resolveAll,
): Promise<void> {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new BlockedAddressError(`refused ${protocol.slice(0, -1)} URL: only http and https are requested`);
  }
  const host = hostname.replace(/^\[|\]$/gu, '');
  const addresses = isIP(host) === 0 ? await resolve(host) : [host];
  for (const address of addresses) {
    const kind = internalAddressKind(address, policy);
    if (kind === undefined) continue;
    const shown = address === host ? host : `${host} (${address})`;
    throw new BlockedAddressError(
      `refused: ${shown} is a ${kind} address; requests from data never reach internal addresses` +
        (kind === LOOPBACK[0] ? ' (--allow-loopback allows 127.0.0.1 and ::1, for local fixtures)' : ''),
    );
  }
}
