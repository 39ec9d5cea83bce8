import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import {
  ALLIANCE_MEMBER_KINDS,
  PARTY_ORGANISATION_LEVELS,
  PROPERTY_SERVICE_KINDS,
  STAFF_POSTS,
  STRUCTURE_KINDS,
} from '@tongxin/domain';
import { RecordedStepDto } from '../../requests/dto/request.dto.js';

const text = (min: number, max: number, field: string) =>
  Length(min, max, { message: `${field} 长度应为 ${min}–${max} 个字符 / ${field} must be ${min}-${max} characters` });
const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const code = (field: string) =>
  Matches(CODE, { message: `${field} 应为小写字母数字编号 / ${field} must be a lowercase code` });
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (field: string) => Matches(DATE, { message: `${field} 应为 YYYY-MM-DD / ${field} must be YYYY-MM-DD` });
const count = (field: string, min: number, max: number) => [
  IsInt({ message: `${field} 应为整数 / ${field} must be an integer` }),
  Min(min, { message: `${field} 不能小于 ${min} / ${field} must be at least ${min}` }),
  Max(max, { message: `${field} 不能大于 ${max} / ${field} must be at most ${max}` }),
];
const applyAll =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

/** One unit of the structure, same rules as the import: parents first (earlier in the history or in this batch). */
export class StructureUnitDto {
  @IsIn(Object.keys(STRUCTURE_KINDS), {
    message: 'kind 应为 compound/building/grid/party-organisation/staff 之一 / unknown unit kind',
  })
  kind!: keyof typeof STRUCTURE_KINDS;

  @code('id')
  id!: string;

  @IsString()
  @text(1, 100, 'name')
  name!: string;

  /** Building: its compound; grid: its compound (optional); party organisation: its parent organisation; staff: its grid (optional). */
  @IsOptional()
  @code('parentId')
  parentId?: string;

  /** Party organisations: 社区大党委 community-committee, 小区党支部 compound-branch, 功能型党支部 functional-branch, 物业公司党支部 property-branch, 楼栋党小组 building-group, 党员中心户 member-household. */
  @IsOptional()
  @IsIn(Object.keys(PARTY_ORGANISATION_LEVELS), {
    message: 'level 不是党组织层级 / level is not a party organisation level',
  })
  level?: keyof typeof PARTY_ORGANISATION_LEVELS;

  /** Staff: 社区书记/主任 community-admin, 社区工作人员 community-staff, 网格员 grid-worker. */
  @IsOptional()
  @IsIn(Object.keys(STAFF_POSTS), { message: 'post 不是工作人员岗位 / post is not a staff post' })
  post?: keyof typeof STAFF_POSTS;

  /** The compound a party organisation serves (required for a 小区党支部). */
  @IsOptional()
  @code('compoundId')
  compoundId?: string;
}

@JSONSchema({
  description: '登记社区结构：小区、楼栋、网格、四级党组织、工作人员（与批量导入规则相同）',
  example: {
    units: [
      { kind: 'compound', id: 'minxing', name: '民兴小区' },
      { kind: 'building', id: 'minxing-3', name: '3栋', parentId: 'minxing' },
      { kind: 'party-organisation', id: 'fenghuang-dwei', name: '凤凰社区大党委', level: 'community-committee' },
      {
        kind: 'party-organisation',
        id: 'minxing-branch',
        name: '民兴小区党支部',
        parentId: 'fenghuang-dwei',
        level: 'compound-branch',
        compoundId: 'minxing',
      },
    ],
  },
})
export class RegisterStructureDto extends RecordedStepDto {
  @IsArray()
  @ArrayMinSize(1, { message: 'units 至少一项 / at least one unit' })
  @ArrayMaxSize(1000, { message: 'units 一次最多 1000 项 / at most 1000 units at once' })
  @ValidateNested({ each: true })
  @Type(() => StructureUnitDto)
  units!: StructureUnitDto[];
}

@JSONSchema({ description: '小区更名', example: { name: '佳和颐景小区' } })
export class RenameCompoundDto extends RecordedStepDto {
  @IsString()
  @text(2, 50, 'name')
  name!: string;
}

@JSONSchema({
  description: '业主委员会选举（业主大会）：成员、党员成员、主任，一肩挑即主任兼任小区党支部书记',
  example: {
    electedOn: '2017-12-20',
    members: 7,
    partyMembers: 3,
    chairName: '刘建华',
    oneShoulder: true,
    termYears: 5,
  },
})
export class ElectOwnersCommitteeDto extends RecordedStepDto {
  @date('electedOn')
  electedOn!: string;

  @applyAll(...count('members', 3, 99))
  members!: number;

  @applyAll(...count('partyMembers', 0, 99))
  partyMembers!: number;

  @IsString()
  @text(1, 50, 'chairName')
  chairName!: string;

  @IsBoolean({ message: 'oneShoulder 应为 true 或 false / oneShoulder must be a boolean' })
  oneShoulder!: boolean;

  @IsOptional()
  @applyAll(...count('termYears', 1, 5))
  termYears?: number;
}

@JSONSchema({ description: '业主委员会任期结束', example: { endedOn: '2022-12-19', reason: '任期届满，未及时换届' } })
export class EndOwnersCommitteeTermDto extends RecordedStepDto {
  @date('endedOn')
  endedOn!: string;

  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

@JSONSchema({
  description: '一肩挑：业委会主任兼任小区党支部书记（如选举后才建立支部）',
  example: { oneShoulder: true, since: '2018-05-18' },
})
export class RecordOneShoulderDto extends RecordedStepDto {
  @IsBoolean({ message: 'oneShoulder 应为 true 或 false / oneShoulder must be a boolean' })
  oneShoulder!: boolean;

  @date('since')
  since!: string;
}

@JSONSchema({
  description: '监事会成立：监督资金使用与决策',
  example: { formedOn: '2018-06-01', members: 3, partyMembers: 2 },
})
export class FormSupervisoryCommitteeDto extends RecordedStepDto {
  @date('formedOn')
  formedOn!: string;

  @applyAll(...count('members', 3, 99))
  members!: number;

  @applyAll(...count('partyMembers', 0, 99))
  partyMembers!: number;
}

@JSONSchema({ description: '物业公司登记', example: { companyId: 'hongye', name: '宏业物业服务有限公司' } })
export class RegisterPropertyCompanyDto extends RecordedStepDto {
  @code('companyId')
  companyId!: string;

  @IsString()
  @text(2, 100, 'name')
  name!: string;
}

@JSONSchema({
  description: '物业服务进驻：专业物业、红色物业（党支部领办）或自管会',
  example: {
    serviceKind: 'red-property',
    companyId: 'hongye',
    partyOrganisationId: 'hongye-branch',
    startedOn: '2019-03-01',
  },
})
export class StartPropertyServiceDto extends RecordedStepDto {
  @IsIn(Object.keys(PROPERTY_SERVICE_KINDS), {
    message: 'serviceKind 应为 professional/red-property/self-managed 之一 / unknown service kind',
  })
  serviceKind!: keyof typeof PROPERTY_SERVICE_KINDS;

  @IsOptional()
  @code('companyId')
  companyId?: string;

  /** Red property: the party branch that leads it. */
  @IsOptional()
  @code('partyOrganisationId')
  partyOrganisationId?: string;

  @date('startedOn')
  startedOn!: string;
}

@JSONSchema({
  description: '物业服务退出',
  example: { endedOn: '2020-12-31', reason: '合同到期，业主大会决定不再续聘' },
})
export class EndPropertyServiceDto extends RecordedStepDto {
  @date('endedOn')
  endedOn!: string;

  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

@JSONSchema({
  description: '加入5+红色联盟：党支部、业委会、监事会、物业公司、两新组织',
  example: {
    memberKind: 'two-new-organisation',
    memberId: 'kuaidi-branch',
    name: '快递行业党支部',
    joinedOn: '2019-03-01',
  },
})
export class JoinRedAllianceDto extends RecordedStepDto {
  @IsIn(Object.keys(ALLIANCE_MEMBER_KINDS), {
    message:
      'memberKind 应为 party-branch/owners-committee/supervisory-committee/property-company/two-new-organisation 之一 / unknown member kind',
  })
  memberKind!: keyof typeof ALLIANCE_MEMBER_KINDS;

  /** Party branch: its organisation id; property company: its company id; 两新组织: a code of its own. */
  @IsOptional()
  @code('memberId')
  memberId?: string;

  /** 两新组织: its name. */
  @IsOptional()
  @IsString()
  @text(2, 100, 'name')
  name?: string;

  @date('joinedOn')
  joinedOn!: string;
}

export class StructureQuery {
  /** true: also the structure stream's events in order, voided ones marked. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'timeline 应为 true 或 false / timeline must be true or false' })
  timeline?: 'true' | 'false';
}
