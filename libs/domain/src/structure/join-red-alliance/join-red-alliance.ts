import { assertCalendarDate } from '../../shared/calendar.js';
import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import { ALLIANCE_MEMBER_KINDS, type AllianceMemberKind, type CompoundBodyEvent } from '../structure.events.js';
import { BRANCH_LEVELS, CODE, type StructureLookup, conflict, requireCommitteeInOffice } from '../structure.rules.js';
import type { BodiesState, CompoundBodies } from '../structure.state.js';

export interface JoinRedAlliance {
  readonly kind: 'JoinRedAlliance';
  readonly compoundId: string;
  readonly memberKind: AllianceMemberKind;
  readonly memberId?: string | null;
  readonly name?: string | null;
  readonly joinedOn: string;
}

export function joinRedAlliance(
  command: JoinRedAlliance,
  state: BodiesState,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  if (!Object.hasOwn(ALLIANCE_MEMBER_KINDS, command.memberKind))
    throw new DomainError('INVALID_MEMBER_KIND', 'invalid', '联盟成员类型无效', 'Unknown alliance member kind', {
      field: 'memberKind',
    });
  const given = command.memberId ?? null;
  const needId = () => {
    if (!given)
      throw new DomainError(
        'ALLIANCE_MEMBER_ID_REQUIRED',
        'invalid',
        `${ALLIANCE_MEMBER_KINDS[command.memberKind]}须填写编号`,
        `A ${command.memberKind} member needs its memberId`,
        { field: 'memberId' },
      );
    return given;
  };
  let member: { memberId: string; name: string };
  switch (command.memberKind) {
    case 'party-branch': {
      const id = needId();
      const organisation = lookup.organisation(id);
      if (!organisation || !BRANCH_LEVELS.includes(organisation.level))
        throw new DomainError(
          'PARTY_BRANCH_NOT_FOUND',
          'not-found',
          `党支部 ${id} 未登记`,
          `No party branch ${id} is registered`,
          { field: 'memberId' },
        );
      member = { memberId: id, name: organisation.name };
      break;
    }
    case 'owners-committee':
      requireCommitteeInOffice(bodies, '加入联盟');
      member = { memberId: command.compoundId, name: '业主委员会' };
      break;
    case 'supervisory-committee':
      if (!bodies.supervisoryCommittee)
        conflict(
          'SUPERVISORY_COMMITTEE_NOT_FORMED',
          '小区尚未成立监事会',
          'The compound has no supervisory committee',
          'none',
        );
      member = { memberId: command.compoundId, name: '监事会' };
      break;
    case 'property-company': {
      const id = needId();
      const company = state.companies[id];
      if (!company)
        throw new DomainError(
          'PROPERTY_COMPANY_NOT_FOUND',
          'not-found',
          `物业公司 ${id} 未登记`,
          `No property company ${id} is registered`,
          { field: 'memberId' },
        );
      member = { memberId: id, name: company.name };
      break;
    }
    case 'two-new-organisation': {
      const id = needId();
      if (!CODE.test(id))
        throw new DomainError(
          'INVALID_CODE',
          'invalid',
          'memberId 应为小写字母数字编号',
          'memberId must be a lowercase code',
          { field: 'memberId' },
        );
      member = { memberId: id, name: text(command.name, 'name', 2, 100) };
      break;
    }
  }
  if (bodies.alliance.some((m) => m.memberKind === command.memberKind && m.memberId === member.memberId)) {
    conflict(
      'ALLIANCE_MEMBER_EXISTS',
      `「${member.name}」已是本小区5+红色联盟成员`,
      `${member.name} is already a member of the compound's 5+ red alliance`,
      'member',
    );
  }
  return [
    {
      type: 'RedAllianceMemberJoined',
      data: {
        compoundId: command.compoundId,
        memberKind: command.memberKind,
        ...member,
        joinedOn: assertCalendarDate(command.joinedOn, 'joinedOn'),
      },
    },
  ];
}
