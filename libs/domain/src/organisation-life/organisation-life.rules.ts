import { DomainError } from '../shared/domain-error.js';

/** Organisation codes: lowercase letters, digits, - and _. */
export const ORGANISATION_CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Every command about a party branch names it by its organisation code. */
export function requireOrganisationCode(organisationId: string): void {
  if (!ORGANISATION_CODE.test(organisationId))
    throw new DomainError(
      'INVALID_ORGANISATION',
      'invalid',
      'organisationId 应为小写字母数字编号',
      'organisationId must be a lowercase code',
      { field: 'organisationId' },
    );
}
