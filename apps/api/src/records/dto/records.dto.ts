import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import {
  DISCLOSURE_KINDS,
  DISPUTE_KINDS,
  HAZARD_KINDS,
  MEETING_KINDS,
  MEMBER_MODES,
  REFERRAL_TARGETS,
  WELFARE_KINDS,
  WORKS_KINDS,
} from '@tongxin/domain';
import { RecordedStepDto } from '../../requests/dto/request.dto.js';

const text = (min: number, max: number, field: string) =>
  Length(min, max, { message: `${field} 长度应为 ${min}–${max} 个字符 / ${field} must be ${min}-${max} characters` });

@JSONSchema({
  description: '纠纷登记',
  example: { kind: 'noise', summary: '楼上装修噪音影响休息', parties: ['张先生', '李女士'] },
})
export class RegisterDisputeDto extends RecordedStepDto {
  @IsIn(Object.keys(DISPUTE_KINDS), { message: 'kind 不在纠纷类型清单内 / kind is not a dispute kind' })
  kind!: keyof typeof DISPUTE_KINDS;

  @IsString()
  @text(2, 500, 'summary')
  summary!: string;

  @IsArray()
  @ArrayMinSize(2, { message: '纠纷至少涉及两方 / at least two parties' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  parties!: string[];
}

@JSONSchema({
  description: '调解（近邻评理室、谈心说事室）',
  example: { venue: '近邻评理室', mediator: '王书记', notes: '双方同意错峰施工' },
})
export class HoldMediationDto extends RecordedStepDto {
  @IsString()
  @text(2, 50, 'venue')
  venue!: string;

  @IsString()
  @text(1, 50, 'mediator')
  mediator!: string;

  @IsOptional()
  @IsString()
  @text(1, 500, 'notes')
  notes?: string;
}

export class AgreementDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'agreement')
  agreement!: string;
}

export class FailureDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

export class ReferDisputeDto extends RecordedStepDto {
  @IsIn(REFERRAL_TARGETS, { message: `to 应为 ${REFERRAL_TARGETS.join('/')} 之一` })
  to!: (typeof REFERRAL_TARGETS)[number];

  @IsString()
  @text(2, 500, 'note')
  note!: string;
}

@JSONSchema({ description: '微心愿发布', example: { description: '独居老人想要一台收音机', beneficiary: '陈奶奶' } })
export class PostWishDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'description')
  description!: string;

  @IsOptional()
  @IsString()
  @text(1, 50, 'beneficiary')
  beneficiary?: string;
}

export class ClaimWishDto extends RecordedStepDto {
  @IsString()
  @text(1, 50, 'claimerName')
  claimerName!: string;
}

export class NoteDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'note')
  note!: string;
}

@JSONSchema({
  description: '安全隐患上报',
  example: { kind: 'electrical', location: '5栋车棚', description: '电动车飞线充电' },
})
export class ReportHazardDto extends RecordedStepDto {
  @IsIn(Object.keys(HAZARD_KINDS), { message: 'kind 不在隐患类型清单内 / kind is not a hazard kind' })
  kind!: keyof typeof HAZARD_KINDS;

  @IsString()
  @text(1, 100, 'location')
  location!: string;

  @IsString()
  @text(2, 500, 'description')
  description!: string;
}

export class EliminateHazardDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'measures')
  measures!: string;
}

@JSONSchema({
  description: '实事工程完成（数量按类型的计量单位）',
  example: {
    kind: 'elevators',
    quantity: 22,
    description: '老旧小区加装电梯',
    amountSpentYuan: 5000000,
    proposalId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  },
})
export class RecordWorksDto extends RecordedStepDto {
  @IsIn(Object.keys(WORKS_KINDS), { message: 'kind 不在工程类型清单内 / kind is not a works kind' })
  kind!: keyof typeof WORKS_KINDS;

  @IsNumber({}, { message: 'quantity 应为数字 / quantity must be a number' })
  @Min(0.01)
  @Max(10_000_000)
  quantity!: number;

  @IsString()
  @text(2, 500, 'description')
  description!: string;

  @IsOptional()
  @IsInt({ message: 'amountSpentYuan 应为整数（元） / whole yuan' })
  @Min(0)
  amountSpentYuan?: number;

  @IsOptional()
  @IsUUID('all', { message: 'proposalId 应为议题编号 / proposalId must be a proposal id' })
  proposalId?: string;
}

const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

@JSONSchema({
  description: '党员登记（居民党员 / 在职党员 / 流动党员）',
  example: { memberId: 'demo-member-fenghuang', name: '李建国', mode: 'in-service' },
})
export class RegisterMemberDto extends RecordedStepDto {
  @IsOptional()
  @Matches(CODE, { message: 'memberId 应为小写字母数字编号（可用登录账号）/ memberId must be a lowercase code' })
  memberId?: string;

  @IsString()
  @text(1, 50, 'name')
  name!: string;

  @IsIn(Object.keys(MEMBER_MODES), { message: 'mode 应为 resident / in-service / mobile' })
  mode!: keyof typeof MEMBER_MODES;
}

export class ReportInDto extends RecordedStepDto {
  @IsOptional()
  @Matches(CODE, { message: 'compoundId 应为小写字母数字编号 / compoundId must be a lowercase code' })
  compoundId?: string;

  @IsIn(Object.keys(MEMBER_MODES), { message: 'mode 应为 resident / in-service / mobile' })
  mode!: keyof typeof MEMBER_MODES;
}

@JSONSchema({ description: '公开承诺（双诺三评）', example: { text: '每月为小区办 1–2 件实事' } })
export class CommitmentDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'text')
  text!: string;
}

@JSONSchema({ description: '志愿服务记录', example: { hours: 2, description: '晚七点门岗值守' } })
export class VolunteerServiceDto extends RecordedStepDto {
  @IsNumber({}, { message: 'hours 应为数字 / hours must be a number' })
  @Min(0.25)
  @Max(24)
  hours!: number;

  @IsString()
  @text(2, 500, 'description')
  description!: string;
}

@JSONSchema({
  description: '救助申请（含个人敏感信息）',
  example: { kind: 'dibao', applicant: '陈某', circumstances: '独居老人，无固定收入' },
})
export class WelfareApplicationDto extends RecordedStepDto {
  @IsIn(Object.keys(WELFARE_KINDS), { message: 'kind 应为 dibao / medical-aid / temporary-aid / low-rent-housing' })
  kind!: keyof typeof WELFARE_KINDS;

  @IsString()
  @text(1, 50, 'applicant')
  applicant!: string;

  @IsString()
  @text(2, 500, 'circumstances')
  circumstances!: string;
}

export class WelfareDecisionDto extends RecordedStepDto {
  @IsIn(['granted', 'refused'], { message: 'outcome 应为 granted 或 refused' })
  outcome!: 'granted' | 'refused';

  @IsString()
  @text(2, 500, 'note')
  note!: string;
}

@JSONSchema({
  description: '民提：居民提出议题',
  example: { title: '老旧小区加装电梯', description: '4 个老旧小区 22 部电梯改造，居民自筹与补贴结合' },
})
export class RaiseProposalDto extends RecordedStepDto {
  @IsString()
  @text(2, 100, 'title')
  title!: string;

  @IsString()
  @text(2, 2000, 'description')
  description!: string;
}

@JSONSchema({
  description: '民议：议事协商会议',
  example: { kind: 'alliance-meeting', heldOn: '2021-03-01', attendees: 48 },
})
export class MeetingDto extends RecordedStepDto {
  @IsIn(Object.keys(MEETING_KINDS), {
    message: 'kind 应为 half-monthly-talk / council-hall / consultation-room / alliance-meeting',
  })
  kind!: keyof typeof MEETING_KINDS;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heldOn 应为 YYYY-MM-DD' })
  heldOn!: string;

  @IsInt()
  @Min(0)
  @Max(100000)
  attendees!: number;
}

@JSONSchema({
  description: '民决：表决',
  example: { votesFor: 40, votesAgainst: 5, abstentions: 3, outcome: 'adopted' },
})
export class DecisionDto extends RecordedStepDto {
  @IsInt() @Min(0) votesFor!: number;
  @IsInt() @Min(0) votesAgainst!: number;
  @IsInt() @Min(0) abstentions!: number;

  @IsIn(['adopted', 'rejected'], { message: 'outcome 应为 adopted 或 rejected' })
  outcome!: 'adopted' | 'rejected';
}

@JSONSchema({
  description: '公开：项目 / 实施 / 财务公开（财务公开须列明金额）',
  example: { kind: 'financial', summary: '电梯改造资金收支', amountRaisedYuan: 5000000, amountSpentYuan: 4860000 },
})
export class DisclosureDto extends RecordedStepDto {
  @IsIn(Object.keys(DISCLOSURE_KINDS), { message: 'kind 应为 project / implementation / financial' })
  kind!: keyof typeof DISCLOSURE_KINDS;

  @IsString()
  @text(2, 500, 'summary')
  summary!: string;

  @IsOptional() @IsInt() @Min(0) amountRaisedYuan?: number;
  @IsOptional() @IsInt() @Min(0) amountSpentYuan?: number;
}
