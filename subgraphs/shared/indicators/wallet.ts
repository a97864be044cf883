/**
 * CRYPTO_WALLET: `${chain}:${address}`. Input is `chain:address` (any label below, any case, a BIP 21
 * `?amount=…` tail ignored) or a bare address whose chain is told by its shape.
 */
import { looksLikeBitcoin, normalizeBitcoin } from './bitcoin.js';
import { looksLikeEvm, normalizeEvm } from './evm.js';
import { invalid } from './invalidIndicator.js';
import { looksLikeTron, normalizeTron } from './tron.js';

interface ChainRule {
  /** The canonical chain. */
  chain: string;
  /** Labels people write for it. Every EVM network maps to one `EVM`: the same key controls the address on all. */
  labels: readonly string[];
  looksLike(address: string): boolean;
  normalize(address: string): string;
}

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
  { chain: 'BTC', labels: ['BTC', 'BITCOIN'], looksLike: looksLikeBitcoin, normalize: normalizeBitcoin },
  { chain: 'TRON', labels: ['TRON', 'TRX', 'TRC20'], looksLike: looksLikeTron, normalize: normalizeTron },
];

const supported = chainRules.map((r) => `${r.chain} (${r.labels.filter((l) => l !== r.chain).join(', ')})`).join('; ');

export function normalizeWallet(value: string): string {
  const text = value.normalize('NFKC').trim();
  const labelled = /^([A-Za-z0-9_-]+)\s*:\s*(.*)$/s.exec(text);
  if (labelled) {
    const label = (labelled[1] ?? '').toUpperCase();
    const rule = chainRules.find((r) => r.labels.includes(label));
    if (!rule) return invalid(`unknown chain "${labelled[1]}"; supported: ${supported}`);
    const address = (labelled[2] ?? '').split('?')[0]?.trim() ?? '';
    if (!address) invalid('the address after the chain is empty');
    return `${rule.chain}:${rule.normalize(address)}`;
  }
  const rule = chainRules.find((r) => r.looksLike(text));
  if (!rule) return invalid(`cannot tell the chain of this address; write chain:address, chain one of ${supported}`);
  return `${rule.chain}:${rule.normalize(text)}`;
}
