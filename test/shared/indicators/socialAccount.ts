import { describe, test } from 'node:test';
import { assertInvalid, assertSpellings } from './expectations.js';

describe('SOCIAL_ACCOUNT', () => {
  test('platform:handle and profile links give PLATFORM:handle', () => {
    assertSpellings('SOCIAL_ACCOUNT', [
      {
        canonical: 'TELEGRAM:scam_support',
        spellings: [
          'telegram:@Scam_Support',
          'Telegram: scam_support',
          'TG:@scam_support',
          'https://t.me/Scam_Support',
          't.me/scam_support',
          'https://telegram.me/scam_support/',
          'https://t.me/s/scam_support',
          'telegram: https://t.me/scam_support',
        ],
      },
      {
        canonical: 'LINE:scamline',
        spellings: [
          'line:@ScamLine',
          'LINE:scamline',
          'https://line.me/ti/p/~scamline',
          'line.me/R/ti/p/~ScamLine',
          'https://line.me/R/ti/p/%40scamline',
        ],
      },
      {
        // Facebook ignores dots and case in usernames
        canonical: 'FACEBOOK:johnsmith55',
        spellings: [
          'facebook:john.smith.55',
          'FB:JohnSmith55',
          'https://www.facebook.com/John.Smith.55',
          'https://m.facebook.com/johnsmith55/',
          'facebook.com/john.smith.55?ref=bookmarks',
        ],
      },
      {
        canonical: 'FACEBOOK:100012345678',
        spellings: [
          'https://www.facebook.com/profile.php?id=100012345678',
          'facebook:100012345678',
          'https://www.facebook.com/people/Jane-Doe/100012345678/',
        ],
      },
      {
        canonical: 'INSTAGRAM:scam.shop_th',
        spellings: [
          'ig:@Scam.Shop_TH',
          'https://www.instagram.com/scam.shop_th/',
          'instagram.com/scam.shop_th?igshid=abc',
        ],
      },
      {
        canonical: 'TIKTOK:scam.shop',
        spellings: [
          'tiktok:@Scam.Shop',
          'https://www.tiktok.com/@scam.shop',
          'https://www.tiktok.com/@Scam.Shop/video/7234567890123456789',
        ],
      },
      {
        canonical: 'X:scamx_',
        spellings: ['twitter:@ScamX_', 'x:scamx_', 'https://twitter.com/ScamX_', 'https://x.com/scamx_/status/123'],
      },
      { canonical: 'WECHAT:scam_wx01', spellings: ['wechat:Scam_WX01', 'WeChat: scam_wx01', 'weixin:scam_wx01'] },
      {
        // phone-number platforms: the handle is the E.164 the PHONE normaliser gives
        canonical: 'WHATSAPP:+66812345678',
        spellings: [
          'whatsapp:+66 81 234 5678',
          ['WA:081-234-5678', 'TH'],
          'whatsapp:0066812345678',
          'https://wa.me/66812345678',
          'wa.me/66812345678',
          'https://api.whatsapp.com/send?phone=66812345678&text=hi',
        ],
      },
      { canonical: 'VIBER:+959781234567', spellings: [['viber:09 781 234 567', 'MM'], 'Viber: +95 9 781 234 567'] },
      {
        canonical: 'ZALO:+84912345678',
        spellings: [
          ['https://zalo.me/0912345678', 'VN'],
          'https://zalo.me/84912345678',
          ['zalo:0912 345 678', 'VN'],
          'zalo:+84 912 345 678',
        ],
      },
    ]);
  });

  test('invalid accounts say why', () => {
    assertInvalid('SOCIAL_ACCOUNT', [
      { value: 'myspace:someone', reason: 'unknown platform "myspace"; expected one of LINE, TELEGRAM' },
      { value: 'someone', reason: 'needs a platform' },
      { value: 'telegram:abc', reason: 'TELEGRAM handles are 5-32 letters, digits or "_"' },
      { value: 'telegram:1scammer', reason: 'starting with a letter' },
      { value: 'https://t.me/+AbCdEfGh', reason: 'TELEGRAM handles are' },
      {
        value: 'https://t.me/joinchat/AAAAAE',
        reason: 't.me/joinchat is a platform page, not a TELEGRAM account link',
      },
      {
        value: 'https://www.facebook.com/groups/123456',
        reason: 'facebook.com/groups is a platform page, not a FACEBOOK account link',
      },
      { value: 'facebook:abc', reason: 'FACEBOOK handles are 5-50 letters or digits' },
      { value: 'https://www.instagram.com/p/Cxyz123/', reason: 'instagram.com/p is a platform page' },
      { value: 'https://www.tiktok.com/video/123', reason: 'no TIKTOK account in this link' },
      { value: 'https://line.me/en/', reason: 'no LINE account in this link' },
      { value: 'https://example.org/someone', reason: 'no account link format for example.org' },
      { value: 'line: https://t.me/scam_support', reason: 'the link is a TELEGRAM account, not LINE' },
      { value: 'x:this_handle_is_too_long', reason: 'X handles are 1-15' },
      { value: 'instagram:', reason: 'the INSTAGRAM handle is empty' },
      { value: 'whatsapp:081-234-5678', reason: 'WHATSAPP number: needs a country code' },
      { value: 'whatsapp:+66 81 234 567', reason: 'WHATSAPP number: not a valid phone number for TH (too short)' },
      { value: 'https://zalo.me/0912345678', reason: 'ZALO number: needs a country code' },
      { value: 'https://zalo.me/g/abcdef', reason: 'no ZALO account in this link' },
    ]);
  });
});
