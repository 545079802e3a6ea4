/**
 * IANA protocol numbers to the protocol keyword, lower-cased as OCSF connection_info.protocol_name asks
 * ("tcp", "udp"). The numbers are those the Assigned Internet Protocol Numbers registry lists and a VPC
 * carries in practice; any other number keeps protocol_num alone rather than a guessed name.
 */
export const PROTOCOL_NAMES: Readonly<Record<number, string>> = {
  0: 'hopopt',
  1: 'icmp',
  2: 'igmp',
  4: 'ipv4',
  6: 'tcp',
  17: 'udp',
  41: 'ipv6',
  43: 'ipv6-route',
  44: 'ipv6-frag',
  47: 'gre',
  50: 'esp',
  51: 'ah',
  58: 'ipv6-icmp',
  59: 'ipv6-nonxt',
  60: 'ipv6-opts',
  89: 'ospfigp',
  94: 'ipip',
  103: 'pim',
  112: 'vrrp',
  115: 'l2tp',
  132: 'sctp',
  136: 'udplite',
  137: 'mpls-in-ip',
}
