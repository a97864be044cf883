/**
 * CRYPTO_WALLET: `${chain}:${address}`. Input is `chain:address`, `USDT-TRC20 T…` (token and network
 * written before the address, any case), an EIP-681 payment URI (`ethereum:0x…@1`), or a bare address
 * whose chain is told by its shape; a BIP 21 `?amount=…` tail is ignored.
 */
import { looksLikeBitcoin, normalizeBitcoin } from './bitcoin.js';
import { looksLikeEvm, normalizeEvm } from './evm.js';
import { InvalidIndicatorError, invalid } from './invalidIndicator.js';
import { looksLikeSolana, normalizeSolana } from './solana.js';
import { looksLikeTon, normalizeTon } from './ton.js';
import { looksLikeTron, normalizeTron } from './tron.js';

interface ChainRule {
  /** The canonical chain. */
  chain: string;
  /** Labels people write for it. Every EVM network maps to one `EVM`: the same key controls the address on all. */
  labels: readonly string[];
  looksLike(address: string): boolean;
  normalize(address: string): string;
}

/** In the order a bare address is tried: the first rule that accepts it names its chain. */
const chainRules: readonly ChainRule[] = [
  {
    chain: 'EVM',
    labels: [
      'EVM',
      'ETH',
      'ETHEREUM',
      'ERC20',
      'BSC',
      'BNB',
      'BEP20',
      'POLYGON',
      'MATIC',
      'ARBITRUM',
      'OPTIMISM',
      'BASE',
      'AVAX',
    ],
    looksLike: looksLikeEvm,
    normalize: normalizeEvm,
  },
  { chain: 'TON', labels: ['TON', 'TONCOIN'], looksLike: looksLikeTon, normalize: normalizeTon },
  { chain: 'BTC', labels: ['BTC', 'BITCOIN'], looksLike: looksLikeBitcoin, normalize: normalizeBitcoin },
  { chain: 'TRON', labels: ['TRON', 'TRX', 'TRC20'], looksLike: looksLikeTron, normalize: normalizeTron },
  // after BTC and TRON: a base58 Solana key may start with 1, 3 or T, and only its length tells it apart
  { chain: 'SOL', labels: ['SOL', 'SOLANA', 'SPL'], looksLike: looksLikeSolana, normalize: normalizeSolana },
];

/** Words around the network label that name the token, not the chain (`USDT-TRC20`, `USDT (ERC20)`). */
const tokenWords = new Set(['USDT', 'USDC', 'TETHER', 'USD', 'TOKEN', 'WALLET', 'ADDRESS', 'NETWORK', 'ON', 'VIA']);

const supported = chainRules.map((r) => `${r.chain} (${r.labels.filter((l) => l !== r.chain).join(', ')})`).join('; ');

export function normalizeWallet(value: string): string {
  const text = value.normalize('NFKC').trim();
  const eip681 = /^ethereum:(?:pay-)?(.*)$/is.exec(text);
  if (eip681) return `EVM:${normalizeEvm(eip681Recipient(eip681[1] ?? ''))}`;
  const labelled = /^(.*?[A-Za-z].*?)\s*(?:[:\s]\s*)(\S+)$/s.exec(text);
  if (labelled && !/^-?[0-9]+:[0-9a-f]{64}$/i.test(text)) {
    const rule = ruleOfLabel(labelled[1] ?? '');
    const address = (labelled[2] ?? '').split('?')[0]?.trim() ?? '';
    if (rule === 'unlabelled') return bare(address);
    if (!address) invalid('the address after the chain is empty');
    return `${rule.chain}:${rule.normalize(address)}`;
  }
  if (/^[A-Za-z0-9_-]+:$/.test(text)) invalid('the address after the chain is empty');
  return bare(text.split('?')[0] ?? '');
}

/** The chain a label names; `unlabelled` when the words only name a token (`USDT T…`). */
function ruleOfLabel(label: string): ChainRule | 'unlabelled' {
  const words = label
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w && !tokenWords.has(w));
  if (words.length === 0) return 'unlabelled';
  const rules = new Set(words.map((w) => chainRules.find((r) => r.labels.includes(w))));
  const [rule] = rules;
  if (rules.size !== 1 || !rule) return invalid(`unknown chain "${label}"; supported: ${supported}`);
  return rule;
}

function bare(address: string): string {
  const candidates = chainRules.filter((r) => r.looksLike(address));
  let firstError: InvalidIndicatorError | undefined;
  for (const rule of candidates) {
    try {
      return `${rule.chain}:${rule.normalize(address)}`;
    } catch (error) {
      if (!(error instanceof InvalidIndicatorError)) throw error;
      firstError ??= error;
    }
  }
  if (firstError) throw firstError;
  return invalid(`cannot tell the chain of this address; write chain:address, chain one of ${supported}`);
}

/**
 * EIP-681 (https://eips.ethereum.org/EIPS/eip-681): `0x<target>[@chainId][/function][?params]`. For a
 * token transfer (`/transfer?address=0x…&uint256=…`) the target is the token contract and the wallet the
 * money goes to is the `address` parameter; otherwise the target itself receives the payment.
 */
function eip681Recipient(rest: string): string {
  const match = /^([^@/?]+)(?:@[0-9]+)?(\/[A-Za-z0-9_]+)?(?:\?(.*))?$/s.exec(rest.trim());
  if (!match) return invalid('not a valid EIP-681 payment URI');
  if (match[2] === '/transfer') {
    const recipient = new URLSearchParams(match[3] ?? '').get('address');
    if (!recipient) invalid('an EIP-681 token transfer without an "address" parameter');
    return recipient;
  }
  return match[1] ?? '';
}
