import type { Member } from '../../../schema/registry.js';
import type { NationalStore } from '../db/NationalStore.js';
import type { NationalLoaders } from './createLoaders.js';
import type { SharingLevel } from './__generated__/resolvers.js';

/** Built per request: loaders never outlive a request, so one caller's cache never serves another. */
export interface NationalContext {
  member: Member;
  store: NationalStore;
  loaders: NationalLoaders;
  /** The sharing level this node applies to the caller (see sharing.ts). */
  level: SharingLevel;
}
