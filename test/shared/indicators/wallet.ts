import { describe, test } from 'node:test';
import { assertInvalid, assertSpellings } from './expectations.js';

const evmLabels = [
  'ETH',
  'eth',
  'EVM',
  'BSC',
  'BNB',
  'POLYGON',
  'matic',
  'ARBITRUM',
  'optimism',
  'Base',
  'AVAX',
  'ERC20',
];

describe('CRYPTO_WALLET', () => {
  test('Bitcoin: base58check P2PKH/P2SH as given, bech32/bech32m lowercase', () => {
    assertSpellings('CRYPTO_WALLET', [
      {
        canonical: 'BTC:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
        spellings: [
          '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
          ' 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa ',
          'btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
          'BITCOIN: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
          'bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=0.5&label=refund',
        ],
      },
      {
        canonical: 'BTC:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
        spellings: ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'BTC:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
      },
      {
        canonical: 'BTC:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
        spellings: [
          'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
          'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
          'btc:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
        ],
      },
      {
        canonical: 'BTC:bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
        spellings: ['bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3'],
      },
      {
        canonical: 'BTC:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
        spellings: [
          'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
          'BC1P0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQZK5JJ0',
        ],
      },
    ]);
  });

  test('EVM: every EVM label is one chain, EIP-55 verified, lowercase', () => {
    const checksummed = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
    assertSpellings('CRYPTO_WALLET', [
      {
        canonical: 'EVM:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
        spellings: [
          checksummed,
          checksummed.toLowerCase(),
          '0X5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED',
          ...evmLabels.map((label) => `${label}:${checksummed}`),
          `ethereum : ${checksummed.toLowerCase()}`,
        ],
      },
      // the other EIP-55 test vectors
      {
        canonical: 'EVM:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359',
        spellings: ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359'],
      },
      {
        canonical: 'EVM:0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb',
        spellings: ['0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB'],
      },
      {
        canonical: 'EVM:0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb',
        spellings: ['bsc:0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb'],
      },
    ]);
  });

  test('TRON: base58check, as given', () => {
    assertSpellings('CRYPTO_WALLET', [
      {
        canonical: 'TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
        spellings: [
          'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
          'tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
          'TRX: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
          'trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
        ],
      },
    ]);
  });

  test('invalid wallets say why', () => {
    assertInvalid('CRYPTO_WALLET', [
      { value: '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', reason: 'bad base58 characters or checksum' },
      { value: 'btc:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', reason: 'version byte 0x41 is not mainnet P2PKH' },
      { value: 'bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj', reason: 'a version 2 witness address must use bech32m' },
      { value: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', reason: 'must use bech32, not bech32m' },
      { value: 'bc1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', reason: 'must not mix upper and lower case' },
      { value: 'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', reason: 'version 0 witness program has 20 or 32 bytes' },
      { value: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', reason: 'bad characters or checksum' },
      { value: 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', reason: 'prefix "tb" is not Bitcoin mainnet' },
      { value: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', reason: 'bad EIP-55 checksum' },
      { value: 'eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea', reason: '"0x" followed by 40 hex digits' },
      { value: 'eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaez', reason: '40 hex digits' },
      { value: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T', reason: 'not a valid TRON address' },
      { value: 'tron:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', reason: 'starts with version byte 0x41' },
      { value: 'doge:DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', reason: 'unknown chain "doge"; supported: EVM' },
      { value: 'xrp:rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh', reason: 'TRON (TRX, TRC20); SOL (SOLANA, SPL)' },
      { value: 'hello-wallet', reason: 'cannot tell the chain of this address' },
      { value: 'eth:', reason: 'the address after the chain is empty' },
    ]);
  });
});
