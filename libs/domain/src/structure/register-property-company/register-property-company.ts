import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { CompoundBodyEvent } from '../structure.events.js';
import { CODE, conflict } from '../structure.rules.js';
import type { BodiesState } from '../structure.state.js';

export interface RegisterPropertyCompany {
  readonly kind: 'RegisterPropertyCompany';
  readonly companyId: string;
  readonly name: string;
}

export function registerPropertyCompany(command: RegisterPropertyCompany, state: BodiesState): CompoundBodyEvent[] {
  if (!CODE.test(command.companyId))
    throw new DomainError(
      'INVALID_CODE',
      'invalid',
      'companyId 应为小写字母数字编号',
      'companyId must be a lowercase code',
      { field: 'companyId' },
    );
  const name = text(command.name, 'name', 2, 100);
  const existing = state.companies[command.companyId];
  if (existing && existing.name === name) return []; // registered again with the same data: nothing changes
  if (existing)
    conflict(
      'PROPERTY_COMPANY_CONFLICT',
      `物业公司 ${command.companyId} 已登记为「${existing.name}」`,
      `Property company ${command.companyId} is already registered as ${existing.name}`,
      'registered',
    );
  return [{ type: 'PropertyCompanyRegistered', data: { companyId: command.companyId, name } }];
}
