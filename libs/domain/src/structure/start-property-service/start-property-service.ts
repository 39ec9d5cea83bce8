import { assertCalendarDate } from '../../shared/calendar.js';
import { DomainError } from '../../shared/domain-error.js';
import { type CompoundBodyEvent, PROPERTY_SERVICE_KINDS, type PropertyServiceKind } from '../structure.events.js';
import { BRANCH_LEVELS, type StructureLookup, conflict, serviceStatus } from '../structure.rules.js';
import type { BodiesState, CompoundBodies } from '../structure.state.js';

export interface StartPropertyService {
  readonly kind: 'StartPropertyService';
  readonly compoundId: string;
  readonly serviceKind: PropertyServiceKind;
  readonly companyId?: string | null;
  readonly partyOrganisationId?: string | null;
  readonly startedOn: string;
}

export function startPropertyService(
  command: StartPropertyService,
  state: BodiesState,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  const status = serviceStatus(bodies);
  if (status === 'in-force')
    conflict(
      'PROPERTY_SERVICE_IN_FORCE',
      '小区已有物业服务，请先登记退出',
      'The compound already has a property service: end it first',
      status,
    );
  if (!Object.hasOwn(PROPERTY_SERVICE_KINDS, command.serviceKind))
    throw new DomainError('INVALID_SERVICE_KIND', 'invalid', '物业服务方式无效', 'Unknown property service kind', {
      field: 'serviceKind',
    });
  const companyId = command.companyId ?? null;
  const organisationId = command.partyOrganisationId ?? null;
  if (command.serviceKind === 'self-managed') {
    if (companyId)
      throw new DomainError(
        'SELF_MANAGED_WITHOUT_COMPANY',
        'invalid',
        '自管会服务不登记物业公司',
        'A self-managed service has no property company',
        { field: 'companyId' },
      );
  } else {
    if (!companyId)
      throw new DomainError(
        'PROPERTY_COMPANY_REQUIRED',
        'invalid',
        `${PROPERTY_SERVICE_KINDS[command.serviceKind]}须填写物业公司`,
        `A ${command.serviceKind} service names its property company`,
        { field: 'companyId' },
      );
    if (!state.companies[companyId])
      throw new DomainError(
        'PROPERTY_COMPANY_NOT_FOUND',
        'not-found',
        `物业公司 ${companyId} 未登记`,
        `No property company ${companyId} is registered`,
        { field: 'companyId' },
      );
  }
  if (command.serviceKind === 'red-property' && !organisationId) {
    throw new DomainError(
      'PARTY_BRANCH_REQUIRED',
      'invalid',
      '红色物业须填写领办的党支部',
      'A red property service names the party branch that leads it',
      { field: 'partyOrganisationId' },
    );
  }
  if (organisationId) {
    const organisation = lookup.organisation(organisationId);
    if (!organisation || !BRANCH_LEVELS.includes(organisation.level)) {
      throw new DomainError(
        'PARTY_BRANCH_NOT_FOUND',
        'not-found',
        `党支部 ${organisationId} 未登记`,
        `No party branch ${organisationId} is registered`,
        { field: 'partyOrganisationId' },
      );
    }
  }
  return [
    {
      type: 'PropertyServiceStarted',
      data: {
        compoundId: command.compoundId,
        serviceKind: command.serviceKind,
        companyId,
        partyOrganisationId: organisationId,
        startedOn: assertCalendarDate(command.startedOn, 'startedOn'),
      },
    },
  ];
}
