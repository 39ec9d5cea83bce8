import { authErrors } from './auth-errors.js';
import { isRole, type Role } from './roles.js';

/** The units a principal's role is bound to. Which one applies depends on the role. */
export interface PrincipalScope {
  readonly districtId?: string;
  readonly streetId?: string;
  readonly communityId?: string;
  readonly departmentId?: string;
}

export interface Principal {
  readonly subject: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly scope: PrincipalScope;
}

/** Token claims: standard `sub`, plus `name`, `roles` and `scope`. */
export interface TongxinClaims {
  readonly sub?: unknown;
  readonly name?: unknown;
  readonly roles?: unknown;
  readonly scope?: unknown;
}

const SCOPE_KEYS = ['districtId', 'streetId', 'communityId', 'departmentId'] as const;

/** Which scope claim each role needs; a token without it is refused rather than widened. */
export const REQUIRED_SCOPE: Record<Role, (keyof PrincipalScope)[]> = {
  'platform-admin': [],
  'district-committee': ['districtId'],
  'street-office': ['streetId'],
  'community-admin': ['communityId'],
  'community-staff': ['communityId'],
  'grid-worker': ['communityId'],
  'party-member': ['communityId'],
  resident: ['communityId'],
  department: ['departmentId', 'districtId'],
  auditor: [],
};

export function principalFromClaims(claims: TongxinClaims): Principal {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) throw authErrors.invalid('no subject (sub)');
  if (!Array.isArray(claims.roles) || claims.roles.length === 0 || !claims.roles.every(isRole)) {
    throw authErrors.invalid('roles must be a non-empty list of known roles');
  }
  const raw = (typeof claims.scope === 'object' && claims.scope !== null ? claims.scope : {}) as Record<
    string,
    unknown
  >;
  const scope: Record<string, string> = {};
  for (const key of SCOPE_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(value))
      throw authErrors.invalid(`scope.${key} is malformed`);
    scope[key] = value;
  }
  const roles = claims.roles;
  for (const role of roles) {
    for (const key of REQUIRED_SCOPE[role])
      if (!scope[key]) throw authErrors.invalid(`role ${role} needs scope.${key}`);
  }
  if (roles.includes('auditor') && !scope.districtId && !scope.streetId && !scope.communityId) {
    throw authErrors.invalid('an auditor needs a districtId, streetId or communityId scope');
  }
  return { subject: claims.sub, displayName: typeof claims.name === 'string' ? claims.name : claims.sub, roles, scope };
}
