import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { ASSIGNEE_KINDS, RATINGS, REQUEST_CATEGORIES, REQUEST_CHANNELS } from '@tongxin/domain';

const text = (min: number, max: number, field: string) => Length(min, max, { message: `${field} 长度应为 ${min}–${max} 个字符 / ${field} must be ${min}-${max} characters` });
const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const code = (field: string) => Matches(CODE, { message: `${field} 应为小写字母数字编号 / ${field} must be a lowercase code` });

/** Business time of the step when it is recorded after the fact (ISO-8601); defaults to now. */
export class RecordedStepDto {
  @IsOptional() @IsISO8601({ strict: true }, { message: 'occurredAt 应为 ISO-8601 时间 / occurredAt must be ISO-8601' })
  occurredAt?: string;
}

export class ResidentContactDto {
  @IsString() @text(1, 50, 'residentContact.name')
  name!: string;

  @Matches(/^[0-9+\- ]{5,20}$/, { message: '联系电话格式无效 / phone must be 5-20 digits' })
  phone!: string;
}

export class RaiseRequestDto extends RecordedStepDto {
  @IsIn(REQUEST_CHANNELS, { message: `channel 应为 ${REQUEST_CHANNELS.join('/')} 之一 / channel must be one of them` })
  channel!: (typeof REQUEST_CHANNELS)[number];

  @IsIn(Object.keys(REQUEST_CATEGORIES), { message: 'category 不在管理清单内 / category is not in the managed list' })
  category!: keyof typeof REQUEST_CATEGORIES;

  @IsString() @text(2, 1000, 'description')
  description!: string;

  @IsOptional() @code('compoundId')
  compoundId?: string;

  @IsOptional() @code('gridId')
  gridId?: string;

  @IsOptional() @IsString() @text(1, 200, 'location')
  location?: string;

  @IsOptional() @ValidateNested() @Type(() => ResidentContactDto)
  residentContact?: ResidentContactDto;
}

export class AssigneeDto {
  @IsIn(ASSIGNEE_KINDS, { message: `assignee.kind 应为 ${ASSIGNEE_KINDS.join('/')} 之一` })
  kind!: (typeof ASSIGNEE_KINDS)[number];

  @IsString() @text(1, 64, 'assignee.id')
  id!: string;

  @IsString() @text(1, 50, 'assignee.name')
  name!: string;
}

export class DispatchRequestDto extends RecordedStepDto {
  @ValidateNested() @Type(() => AssigneeDto)
  assignee!: AssigneeDto;

  @IsISO8601({ strict: true }, { message: 'respondBy 应为 ISO-8601 时间 / respondBy must be ISO-8601' })
  respondBy!: string;

  @IsISO8601({ strict: true }, { message: 'resolveBy 应为 ISO-8601 时间 / resolveBy must be ISO-8601' })
  resolveBy!: string;
}

export class ResolveRequestDto extends RecordedStepDto {
  @IsString() @text(2, 500, 'note')
  note!: string;
}

export class RateRequestDto extends RecordedStepDto {
  @IsIn(RATINGS, { message: 'rating 应为 satisfied / basically-satisfied / unsatisfied' })
  rating!: (typeof RATINGS)[number];

  @IsOptional() @IsString() @text(1, 500, 'comment')
  comment?: string;
}

export class ReasonDto extends RecordedStepDto {
  @IsString() @text(2, 500, 'reason')
  reason!: string;
}

export class EscalateRequestDto extends ReasonDto {
  @code('departmentId')
  departmentId!: string;
}

export class ReportEscalationDto extends RecordedStepDto {
  @IsString() @text(2, 500, 'report')
  report!: string;

  @IsIn(['resolved', 'returned'], { message: 'outcome 应为 resolved 或 returned' })
  outcome!: 'resolved' | 'returned';
}

export class RejectRequestDto extends RecordedStepDto {
  @IsIn(['invalid', 'duplicate'], { message: 'reason 应为 invalid 或 duplicate' })
  reason!: 'invalid' | 'duplicate';

  @IsOptional() @IsUUID('all', { message: 'duplicateOf 应为诉求编号 / duplicateOf must be a request id' })
  duplicateOf?: string;

  @IsString() @text(2, 500, 'note')
  note!: string;
}

export class WithdrawRequestDto extends RecordedStepDto {
  @IsOptional() @IsString() @text(2, 500, 'reason')
  reason?: string;
}

export class VoidEventDto {
  @IsUUID('all', { message: 'eventId 应为事件编号 / eventId must be an event id' })
  eventId!: string;

  @IsString() @text(2, 500, 'reason')
  reason!: string;
}
