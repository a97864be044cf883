/** RFC 9497 OPRF (ristretto255-SHA512, mode 0x00); see Oprf.ts. */
export { type Blinded, type Oprf, OprfError } from './Oprf.js';
export { checkOprfKey, sodiumOprf } from './sodiumOprf.js';
