/**
 * The blind keying PRF: RFC 9497 OPRF mode, ristretto255-SHA512. Both implementations must reproduce the
 * RFC's test vectors (Appendix A.1.1) and agree with each other on random inputs, blind or not.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { nobleOprf } from '../../shared/oprf/nobleOprf.js';
import { type Oprf, OprfError, checkOprfKey, sodiumOprf } from '../../shared/oprf/index.js';

const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

// RFC 9497 Appendix A.1.1, ristretto255-SHA512, OPRF mode (Seed a3…a3, KeyInfo "test key")
const skSm = hex('5ebcea5ee37023ccb9fc2d2019f9d7737be85591ae8652ffa9ef0f4d37063b0e');
const vectors = [
  {
    name: 'Test Vector 1, Batch Size 1',
    input: '00',
    blind: '64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706',
    blindedElement: '609a0ae68c15a3cf6903766461307e5c8bb2f95e7e6550e1ffa2dc99e412803c',
    evaluationElement: '7ec6578ae5120958eb2db1745758ff379e77cb64fe77b0b2d8cc917ea0869c7e',
    output:
      '527759c3d9366f277d8c6020418d96bb393ba2afb20ff90df23fb7708264e2f3ab9135e3bd69955851de4b1f9fe8a0973396719b7912ba9ee8aa7d0b5e24bcf6',
  },
  {
    name: 'Test Vector 2, Batch Size 1',
    input: '5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a',
    blind: '64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706',
    blindedElement: 'da27ef466870f5f15296299850aa088629945a17d1f5b7f5ff043f76b3c06418',
    evaluationElement: 'b4cbf5a4f1eeda5a63ce7b77c7d23f461db3fcab0dd28e4e17cecb5c90d02c25',
    output:
      'f4a74c9c592497375e796aa837e907b1a045d34306a749db9f34221f7e750cb4f2a6413a6bf6fa5e19ba6348eb673934a722a7ede2e7621306d18951e7cf2c73',
  },
];

const implementations: [string, Oprf][] = [
  ['libsodium (fast path)', sodiumOprf],
  ['@noble/curves (reference)', nobleOprf],
];

for (const [name, oprf] of implementations) {
  describe(`RFC 9497 ristretto255-SHA512 OPRF vectors: ${name}`, () => {
    for (const v of vectors) {
      test(v.name, () => {
        const { blinded } = oprf.blind(hex(v.input), hex(v.blind));
        assert.equal(toHex(blinded), v.blindedElement, 'BlindedElement');
        assert.equal(toHex(oprf.blindEvaluate(skSm, blinded)), v.evaluationElement, 'EvaluationElement');
        assert.equal(toHex(oprf.finalize(hex(v.input), hex(v.blind), hex(v.evaluationElement))), v.output, 'Output');
        assert.equal(toHex(oprf.evaluate(skSm, hex(v.input))), v.output, 'Evaluate');
      });
    }
  });
}

describe('the fast path agrees with the reference', () => {
  test('on random inputs and keys, blind round trips and direct evaluation alike', () => {
    for (let i = 0; i < 20; i++) {
      const key = i % 2 ? sodiumOprf.generateKey() : nobleOprf.generateKey();
      const input = randomBytes(1 + ((i * 37) % 300));
      const expected = toHex(nobleOprf.evaluate(key, input));
      assert.equal(toHex(sodiumOprf.evaluate(key, input)), expected);
      // a value blinded by one implementation, evaluated and finalised by the other: same output
      const b = sodiumOprf.blind(input);
      assert.equal(toHex(nobleOprf.finalize(input, b.blind, sodiumOprf.blindEvaluate(key, b.blinded))), expected);
      const n = nobleOprf.blind(input);
      assert.equal(toHex(sodiumOprf.finalize(input, n.blind, nobleOprf.blindEvaluate(key, n.blinded))), expected);
      // the blinded element hides the input: two blindings of the same value differ
      assert.notEqual(toHex(sodiumOprf.blind(input).blinded), toHex(b.blinded));
    }
  });

  test('the service refuses bytes that are not a valid element, and keys that are not scalars', () => {
    const key = sodiumOprf.generateKey();
    assert.throws(() => sodiumOprf.blindEvaluate(key, new Uint8Array(32)), OprfError); // identity
    assert.throws(() => sodiumOprf.blindEvaluate(key, new Uint8Array(32).fill(0xff)), OprfError);
    assert.throws(() => sodiumOprf.blindEvaluate(key, new Uint8Array(31)), OprfError);
    assert.throws(() => checkOprfKey(new Uint8Array(32)), OprfError);
    assert.throws(() => checkOprfKey(new Uint8Array(32).fill(0xff)), OprfError);
    checkOprfKey(key);
  });
});
