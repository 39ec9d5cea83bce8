import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

/** What a route acts on: the unit named by a path parameter, the platform itself, or only the caller. */
export type AccessTarget =
  | { readonly kind: 'platform' }
  | { readonly kind: 'self' }
  | { readonly kind: 'district' | 'street' | 'community'; readonly param: string };

export type AccessRule =
  | { readonly public: true }
  | { readonly public?: false; readonly roles: readonly Role[]; readonly target: AccessTarget };

export const ACCESS_RULE = 'tongxin:access-rule';

/** Every route must say who may call it; the guard refuses routes that do not (fail closed). */
export const Access = (roles: readonly Role[], target: AccessTarget) =>
  SetMetadata(ACCESS_RULE, { roles, target } satisfies AccessRule);

export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

export const onCommunity = (param = 'communityId'): AccessTarget => ({ kind: 'community', param });
export const onStreet = (param = 'streetId'): AccessTarget => ({ kind: 'street', param });
export const onDistrict = (param = 'districtId'): AccessTarget => ({ kind: 'district', param });
export const onPlatform: AccessTarget = { kind: 'platform' };
export const onSelf: AccessTarget = { kind: 'self' };
