/**
 * The convergence table (issue 10, "no silent misses"): every spelling a victim, an officer or a
 * threat-intel feed writes must reach the one canonical value of its kind, or fail with BAD_USER_INPUT
 * saying why; nothing may quietly become a second value that never matches. It holds every spelling the
 * issue lists as a silent miss or a refusal, and the registry data behind them (bank directory, call
 * prefixes, renumbering, e-wallet providers).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeIndicator } from '../../../shared/indicators/index.js';
import { type InvalidCase, type Spelling, assertInvalid, assertSpellings } from './expectations.js';

interface Converges {
  kind: string;
  canonical: string;
  spellings: Spelling[];
}

interface Refused {
  kind: string;
  refused: InvalidCase[];
}

const ton = '0:83dfd552e63729b472fcbcc8c45ebcc6691702558b68ec7527e1ba403a0f31a8';
const evm = '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed';
const evmChecksummed = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const usdtContract = '0xdac17f958d2ee523a2206206994597c13d831ec7';

const table: (Converges | Refused)[] = [
  // BANK_ACCOUNT: BIC vs national code, names as codes, the README's KH:ACLB vs the seed's KH:ACLBKHPP
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'TH:004:1234567890',
    spellings: [
      'TH:004:1234567890',
      'TH:KASITHBK:1234567890',
      'TH:KASITHBKXXX:123-4-56789-0',
      'TH:kasithbk:1234567890',
      'KASITHBK 123-4-56789-0',
      'KASITHBKXXX/1234567890',
      'KBANK 123-4-56789-0',
      'kbank:1234567890',
      'TH:KBANK:1234567890',
      'TH KBANK 123-4-56789-0',
      'K-Bank 123 4 56789 0',
      'Kasikornbank 123-4-56789-0',
      'TH Kasikorn Bank 1234567890',
      ['Kasikorn 1234567890', 'TH'],
      ['004 123-4-56789-0', 'TH'],
      ['KASITHBK:1234567890', 'MY'],
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'TH:014:9876543210',
    spellings: [
      'TH:SICOTHBK:9876543210',
      'TH:SCB:987-6-54321-0',
      ['SCB 987-654321-0', 'TH'],
      'Siam Commercial Bank 9876543210',
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'TH:025:1112223334',
    spellings: [
      'TH:AYUDTHBK:1112223334',
      ['Krungsri 111-2-22333-4', 'TH'],
      ['BAY 1112223334', 'TH'],
      'TH/025/1112223334',
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'KH:ACLBKHPP:001234567890',
    spellings: [
      'KH:ACLB:0012-3456-7890',
      'KH:ACLBKHPP:001234567890',
      'KH:ACLBKHPPXXX:001234567890',
      ['ACLEDA 0012 3456 7890', 'KH'],
      'ACLEDA Bank 0012-3456-7890',
      ['acleda:001234567890', 'KH'],
      'KH:ACLEDA:001234567890',
      'ACLBKHPP 001234567890',
      ['ACLB 001234567890', 'KH'],
      'kh aclb 0012 3456 7890',
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'LA:ACLBLALA:001234567890',
    spellings: [
      'LA:ACLBLALA:001234567890',
      'ACLBLALA 001234567890',
      'ACLEDA Lao 0012-3456-7890',
      ['ACLEDA 001234567890', 'LA'],
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'ID:014:1234567890',
    spellings: [
      'ID:014:1234567890',
      'ID:CENAIDJA:1234567890',
      'BCA 123-456-7890',
      'Bank Central Asia 1234567890',
      ['BCA 1234567890', 'ID'],
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'SG:7171:1234567890',
    spellings: [
      'SG:7171:1234567890',
      'SG:DBSSSGSG:123-456789-0',
      'DBS 123-456789-0',
      'POSB 1234567890',
      'DBSSSGSGXXX 1234567890',
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'VN:970436:0123456789',
    spellings: [
      'VN:970436:0123456789',
      'VN:BFTVVNVX:0123456789',
      'Vietcombank 0123 456 789',
      'VCB 0123456789',
      ['970436 0123456789', 'VN'],
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'MY:MBBEMYKL:112233445566',
    spellings: [
      'MY:MBBEMYKL:112233445566',
      'MY:Maybank:1122-3344-5566',
      ['Maybank 112233445566', 'MY'],
      'MBBEMYKLXXX 112233445566',
      'MY MBB 112233445566',
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'PH:BNORPHMM:001234567890',
    spellings: [
      'PH:BDO:0012-3456-7890',
      'BNORPHMM 001234567890',
      'BDO Unibank 001234567890',
      ['BDO 0012 3456 7890', 'PH'],
    ],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'MM:KBZBMMMY:12345678901234567',
    spellings: ['MM:KBZBMMMY:12345678901234567', 'KBZ Bank 12345678901234567', ['KBZ 1234-5678-9012-34567', 'MM']],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'TL:003:0012345678910157',
    spellings: [
      'TL66 0030 0123 4567 8910 157',
      'TL660030012345678910157',
      'TL:ANZ:0012345678910157',
      ['ANZ 0012 3456 7891 0157', 'TL'],
    ],
  },
  // mule accounts outside ASEAN: an IBAN of any country, or a BIC + account number
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'GB:IBAN:GB82WEST12345698765432',
    spellings: ['GB82 WEST 1234 5698 7654 32', 'gb82west12345698765432', 'IBAN GB82WEST12345698765432'],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'AE:IBAN:AE070331234567890123456',
    spellings: ['AE07 0331 2345 6789 0123 456', 'IBAN: AE070331234567890123456'],
  },
  {
    kind: 'BANK_ACCOUNT',
    canonical: 'US:CHASUS33:123456789',
    spellings: ['CHASUS33 123456789', 'US:CHASUS33:123-456-789', 'US:CHASUS33XXX:123456789', 'chasus33/123456789'],
  },
  {
    kind: 'BANK_ACCOUNT',
    refused: [
      { value: 'TH:XYZ:1234567890', reason: 'unknown bank "XYZ" for TH: not in its bank directory' },
      { value: 'KBANKX 1234567890', region: 'TH', reason: 'unknown bank "KBANKX" for TH' },
      { value: 'ACLEDA 0012 3456 7890', reason: 'names a bank in LA and KH; write CC:bank:account' },
      { value: 'Maybank 1234567890', reason: 'names a bank in MY and SG and BN; write CC:bank:account' },
      { value: 'TH:CHASUS33:1234567890', reason: 'BIC CHASUS33 is for country US, not TH' },
      { value: 'US:004:1234567890', reason: "outside ASEAN write the bank's BIC or an IBAN" },
      { value: 'GB83 WEST 1234 5698 7654 32', reason: 'IBAN check digits do not match' },
      { value: 'TL38 0080 0123 4567 8910 157', reason: 'unknown bank "008" for TL' },
    ],
  },
  // PHONE: each member's international call prefixes, Viet Nam's 2018 renumbering, hotline short codes
  {
    kind: 'PHONE',
    canonical: '+66812345678',
    spellings: [
      '001 66 81 234 5678',
      '00166812345678',
      ['007 66 81 234 5678', 'TH'],
      ['008-66-81-234-5678', 'TH'],
      ['009 66 812 345 678', 'TH'],
      '0066 81 234 5678',
      '+66 81 234 5678',
      ['081-234-5678', 'TH'],
      ['001 66 81 234 5678', 'KH'],
      ['001 66 81 234 5678', 'SG'],
    ],
  },
  {
    kind: 'PHONE',
    canonical: '+12127365000',
    spellings: ['001 212 736 5000', ['001 1 212 736 5000', 'TH'], '+1 212 736 5000'],
  },
  {
    kind: 'PHONE',
    canonical: '+6281234567890',
    spellings: [
      ['01017 62 812 3456 7890', 'ID'],
      ['007 62 812-3456-7890', 'ID'],
      ['0812-3456-7890', 'ID'],
      '0062 812 3456 7890',
    ],
  },
  {
    kind: 'PHONE',
    canonical: '+6591234567',
    spellings: [['002 65 9123 4567', 'SG'], ['018 65 9123 4567', 'SG'], ['019-65-9123-4567', 'SG'], '+65 9123 4567'],
  },
  {
    kind: 'PHONE',
    canonical: '+84364123456',
    spellings: [
      ['01664 123 456', 'VN'],
      ['0166 412 3456', 'VN'],
      '+84 1664 123 456',
      '+84 166 412 3456',
      '0084 1664123456',
      ['0364 123 456', 'VN'],
      '+84 364 123 456',
    ],
  },
  {
    kind: 'PHONE',
    canonical: '+84701234567',
    spellings: [['0120 123 4567', 'VN'], '+84 120 123 4567', ['070 123 4567', 'VN']],
  },
  {
    kind: 'PHONE',
    canonical: '+84831234567',
    spellings: [['0123 123 4567', 'VN'], '+84 123 123 4567', '+84 83 123 4567'],
  },
  {
    kind: 'PHONE',
    canonical: '+84591234567',
    spellings: [
      ['0199 123 4567', 'VN'],
      ['059 123 4567', 'VN'],
    ],
  },
  { kind: 'PHONE', canonical: '+661441', spellings: [['1441', 'TH'], '+66 1441', ['1441', 'th'], '0066 1441'] },
  { kind: 'PHONE', canonical: '+60997', spellings: [['997', 'MY'], '+60 997'] },
  { kind: 'PHONE', canonical: '+651799', spellings: [['1799', 'SG'], '+65 1799'] },
  {
    kind: 'PHONE',
    refused: [
      { value: '1441', reason: 'needs a country code' },
      { value: '1234', region: 'TH', reason: 'not a valid phone number for TH (too short)' },
      { value: '01017 62 812 3456 7890', region: 'TH', reason: 'not a valid phone number for TH' },
    ],
  },
  // URL: one scheme, no www., refanged
  {
    kind: 'URL',
    canonical: 'https://secure-parcel.top/pay',
    spellings: [
      'secure-parcel.top/pay',
      'www.secure-parcel.top/pay',
      'http://secure-parcel.top/pay',
      'http://www.secure-parcel.top/pay/',
      'https://www.secure-parcel.top/pay',
      'HTTPS://WWW.SECURE-PARCEL.TOP/pay',
      'hxxps://secure-parcel[.]top/pay',
      'hxxp://secure-parcel[.]top/pay',
      'hXXps://www[.]secure-parcel[.]top/pay',
      'hxxps[:]//secure-parcel(.)top/pay',
      'https[:]//secure-parcel{.}top/pay',
      'secure-parcel[dot]top/pay',
      'h**ps://secure-parcel[.]top/pay',
      'https://secure-parcel.top/pay?utm_source=sms',
    ],
  },
  {
    kind: 'URL',
    refused: [
      { value: 'hxxps://localhost/x', reason: 'local name' },
      { value: 'fxp://secure-parcel[.]top/x', reason: 'scheme "ftp" is not http or https' },
    ],
  },
  // DOMAIN and EMAIL: refanged
  {
    kind: 'DOMAIN',
    canonical: 'secure-parcel.top',
    spellings: [
      'secure-parcel[.]top',
      'www[.]secure-parcel[.]top',
      'hxxps://login.secure-parcel[.]top/x',
      'secure-parcel(.)top',
    ],
  },
  {
    kind: 'EMAIL',
    canonical: 'refund.desk@secure-parcel.top',
    spellings: [
      'refund.desk[@]secure-parcel[.]top',
      'refund.desk(at)secure-parcel(dot)top',
      'Refund.Desk[at]secure-parcel[.]top',
    ],
  },
  // SOCIAL_ACCOUNT: how reports write messaging accounts
  {
    kind: 'SOCIAL_ACCOUNT',
    canonical: 'TELEGRAM:scam_support',
    spellings: [
      'Telegram @scam_support',
      'telegram @Scam_Support',
      'TG @scam_support',
      'Telegram: @scam_support',
      'Telegram scam_support',
      'tg://resolve?domain=scam_support',
      'tg://resolve?domain=Scam_Support&start=1',
      'https://t[.]me/scam_support',
      't.me/scam_support',
    ],
  },
  {
    kind: 'SOCIAL_ACCOUNT',
    canonical: 'LINE:scam.agent',
    spellings: [
      'LINE ID: scam.agent',
      'Line ID scam.agent',
      'line id: @scam.agent',
      'LINE: scam.agent',
      'line://ti/p/~scam.agent',
      'https://line.me/ti/p/~scam.agent',
    ],
  },
  {
    kind: 'SOCIAL_ACCOUNT',
    canonical: 'WHATSAPP:+66812345678',
    spellings: [
      'https://wa.me/66812345678',
      'wa.me/66812345678',
      'https://api.whatsapp.com/send?phone=66812345678&text=hi',
      'whatsapp://send?phone=66812345678',
      'WhatsApp +66 81 234 5678',
      ['WhatsApp 081-234-5678', 'TH'],
      'WA: 001 66 81 234 5678',
    ],
  },
  {
    kind: 'SOCIAL_ACCOUNT',
    refused: [
      { value: 'tg://resolve?foo=1', reason: 'no account in this tg:// link' },
      { value: 'Telegram @abc', reason: 'TELEGRAM handles are 5-32' },
    ],
  },
  // CRYPTO_WALLET: USDT-TRC20 labels, EIP-681, Solana, TON
  {
    kind: 'CRYPTO_WALLET',
    canonical: 'TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    spellings: [
      'USDT-TRC20 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      'USDT TRC20: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      'USDT (TRC20) TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      'usdt-trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      'TRC20 USDT TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      'USDT TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      'TRON TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    ],
  },
  {
    kind: 'CRYPTO_WALLET',
    canonical: `EVM:${evm}`,
    spellings: [
      `ethereum:${evmChecksummed}@1`,
      `ethereum:${evm}@56`,
      `ethereum:pay-${evmChecksummed}@1?value=2.014e18`,
      `ethereum:${usdtContract}@1/transfer?address=${evmChecksummed}&uint256=1e6`,
      `ETHEREUM:${evm}`,
      `USDT-ERC20 ${evmChecksummed}`,
      `USDT BEP20 ${evm}`,
      `USDT (ERC20): ${evm}`,
    ],
  },
  {
    kind: 'CRYPTO_WALLET',
    canonical: 'SOL:7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV',
    spellings: [
      '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV',
      'sol:7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV',
      'Solana 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV',
      'USDT-SPL 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV',
    ],
  },
  {
    kind: 'CRYPTO_WALLET',
    canonical: `TON:${ton}`,
    spellings: [
      ton,
      ton.toUpperCase(),
      `ton:${ton}`,
      'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N',
      'UQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqEBI',
      'TON EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N',
      'USDT-TON UQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqEBI',
      'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N'.replace(/-/g, '+').replace(/_/g, '/'),
    ],
  },
  {
    kind: 'CRYPTO_WALLET',
    refused: [
      {
        value: 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2M',
        reason: 'TON address checksum (CRC16) does not match',
      },
      { value: `2:${ton.slice(2)}`, reason: 'TON workchain 2 does not exist' },
      { value: 'sol:7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFL', reason: 'a Solana address holds 32 bytes' },
      {
        value: `ethereum:${usdtContract}@1/transfer?uint256=1`,
        reason: 'token transfer without an "address" parameter',
      },
      { value: 'USDT-XRP rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh', reason: 'unknown chain "USDT-XRP"' },
    ],
  },
  // E_WALLET: provider + account id; mobile numbers as E.164, read in the provider's home member
  {
    kind: 'E_WALLET',
    canonical: 'GCASH:+639171234567',
    spellings: [
      'GCash 0917 123 4567',
      'GCASH:09171234567',
      'gcash/+63 917 123 4567',
      'G-Cash: 0917-123-4567',
      'GCash 0063 917 123 4567',
      ['GCash 0917 123 4567', 'TH'],
    ],
  },
  { kind: 'E_WALLET', canonical: 'MAYA:+639171234567', spellings: ['Maya 0917 123 4567', 'PayMaya: 09171234567'] },
  {
    kind: 'E_WALLET',
    canonical: 'TRUEMONEY:+66812345678',
    spellings: [
      'TrueMoney 081-234-5678',
      'TrueMoney Wallet: 0812345678',
      'True Money +66 81 234 5678',
      'TMN 001 66 81 234 5678',
    ],
  },
  { kind: 'E_WALLET', canonical: 'DANA:+6281234567890', spellings: ['DANA 0812-3456-7890', 'dana:+62 812 3456 7890'] },
  { kind: 'E_WALLET', canonical: 'OVO:+6281234567890', spellings: ['OVO 0812 3456 7890', 'ovo: 081234567890'] },
  { kind: 'E_WALLET', canonical: 'GOPAY:+6281234567890', spellings: ['GoPay 0812-3456-7890', 'Go Pay: 081234567890'] },
  {
    kind: 'E_WALLET',
    canonical: 'TNG:+60123456789',
    spellings: [
      "Touch 'n Go 012-345 6789",
      'TNG eWallet: 0123456789',
      'TouchNGo +60 12-345 6789',
      "touch 'n go ewallet/012 345 6789",
    ],
  },
  { kind: 'E_WALLET', canonical: 'BOOST:+60123456789', spellings: ['Boost 012-345 6789'] },
  {
    kind: 'E_WALLET',
    canonical: 'SHOPEEPAY:+6281234567890',
    spellings: [['ShopeePay 0812 3456 7890', 'ID'], 'ShopeePay +62 812 3456 7890'],
  },
  { kind: 'E_WALLET', canonical: 'MOMO:+84912345678', spellings: ['MoMo 0912 345 678', 'Ví MoMo: 0912345678'] },
  {
    kind: 'E_WALLET',
    canonical: 'ZALOPAY:+84364123456',
    spellings: ['ZaloPay 0364 123 456', 'ZaloPay: 01664 123 456'],
  },
  { kind: 'E_WALLET', canonical: 'WING:+85512345678', spellings: ['Wing 012 345 678', 'Wing Money: 012345678'] },
  {
    kind: 'E_WALLET',
    canonical: 'ABA:000123456',
    spellings: ['ABA 000 123 456', 'ABA Pay: 000123456', 'aba mobile/000-123-456'],
  },
  { kind: 'E_WALLET', canonical: 'GRABPAY:scam.agent', spellings: ['GrabPay: Scam.Agent', 'grabpay:scam.agent'] },
  {
    kind: 'E_WALLET',
    refused: [
      { value: 'Venmo: @scammer', reason: 'unknown e-wallet provider "Venmo"' },
      { value: 'GCash +63 917 123 456', reason: 'mobile number: not a valid phone number for PH' },
      { value: 'ShopeePay 0812 3456 7890', reason: 'all have this provider: give a region or write +<code>' },
      { value: '0917 123 4567', reason: 'expected provider:account' },
    ],
  },
  // COMPANY: registration number + member when given, else the folded name
  {
    kind: 'COMPANY',
    canonical: 'MY:REG:201901000005',
    spellings: [
      'MY:201901000005',
      'my:2019 0100 0005',
      'MY:ABC Trading Sdn Bhd:201901000005',
      ['ABC Trading Sdn. Bhd. (201901000005)', 'MY'],
      ['ABC TRADING SDN BHD, Reg. No. 201901000005', 'MY'],
      ['201901000005', 'MY'],
    ],
  },
  {
    kind: 'COMPANY',
    canonical: 'MY:NAME:ABC TRADING',
    spellings: [
      ['ABC Trading Sdn Bhd', 'MY'],
      ['abc trading sdn. bhd.', 'MY'],
      'MY: ABC TRADING SDN. BHD.',
      ['ABC  Trading Bhd', 'MY'],
    ],
  },
  {
    kind: 'COMPANY',
    canonical: 'SG:REG:201912345K',
    spellings: [
      'SG:201912345K',
      ['Lion Tech Pte. Ltd., UEN 201912345K', 'SG'],
      ['LION TECH PTE LTD (201912345K)', 'SG'],
    ],
  },
  {
    kind: 'COMPANY',
    canonical: 'ID:NAME:MAJU JAYA ABADI',
    spellings: [
      ['PT Maju Jaya Abadi', 'ID'],
      ['PT. MAJU JAYA ABADI', 'ID'],
      ['Maju Jaya Abadi, PT', 'ID'],
      'ID:pt maju jaya abadi tbk',
    ],
  },
  {
    kind: 'COMPANY',
    canonical: 'TH:NAME:GOLDEN STAR',
    spellings: [
      ['Golden Star Co., Ltd.', 'TH'],
      ['GOLDEN STAR COMPANY LIMITED', 'TH'],
      ['Golden Star Co Ltd', 'TH'],
    ],
  },
  {
    kind: 'COMPANY',
    canonical: 'VN:NAME:DAI PHAT',
    spellings: [
      ['Công ty TNHH Đại Phát', 'VN'],
      ['CONG TY TNHH DAI PHAT', 'VN'],
      ['Dai Phat Co., Ltd.', 'VN'],
    ],
  },
  {
    kind: 'COMPANY',
    canonical: 'PH:NAME:A AND B HOLDINGS',
    spellings: [
      ['A & B Holdings Inc.', 'PH'],
      ['A and B Holdings, Inc', 'PH'],
      ['A&B HOLDINGS CORPORATION', 'PH'],
    ],
  },
  {
    kind: 'COMPANY',
    refused: [
      { value: 'ABC Trading Sdn Bhd', reason: 'needs a member country (CC:number or CC:name) or a region' },
      { value: 'Sdn Bhd', region: 'MY', reason: 'needs a registered name or number' },
      { value: 'US:201901000005', reason: '"US" is not an ASEAN member' },
    ],
  },
];

const converging = table.filter((row): row is Converges => 'canonical' in row);
const refusing = table.filter((row): row is Refused => 'refused' in row);

describe('convergence table (issue 10)', () => {
  test('holds at least 200 spellings', (t) => {
    const count =
      converging.reduce((n, row) => n + row.spellings.length, 0) +
      refusing.reduce((n, row) => n + row.refused.length, 0);
    assert.ok(count >= 200, `only ${count} spellings`);
    t.diagnostic(`convergence table: ${count} spellings`);
  });

  test('every canonical value reads back as itself, without a region (stored values are re-read)', () => {
    for (const { kind, canonical } of converging) {
      assert.equal(normalizeIndicator(kind, canonical).canonical, canonical, `${kind} ${canonical}`);
    }
  });

  for (const kind of new Set(table.map((row) => row.kind))) {
    test(`${kind}: every spelling reaches its canonical value`, () => {
      assertSpellings(
        kind,
        converging.filter((row) => row.kind === kind),
      );
    });
    const refused = refusing.filter((row) => row.kind === kind).flatMap((row) => row.refused);
    if (refused.length > 0) {
      test(`${kind}: refused spellings say why`, () => assertInvalid(kind, refused));
    }
  }
});
