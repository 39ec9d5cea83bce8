import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { ViewQuery } from '../../shared/read-views.js';
import { ASSIGNEE_KINDS, RATINGS, REQUEST_CATEGORIES, REQUEST_CHANNELS } from '@tongxin/domain';

const text = (min: number, max: number, field: string) =>
  Length(min, max, { message: `${field} 长度应为 ${min}–${max} 个字符 / ${field} must be ${min}-${max} characters` });
const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const code = (field: string) =>
  Matches(CODE, { message: `${field} 应为小写字母数字编号 / ${field} must be a lowercase code` });

/** Business time of the step when it is recorded after the fact (ISO-8601); defaults to now. */
export class RecordedStepDto {
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'occurredAt 应为 ISO-8601 时间 / occurredAt must be ISO-8601' })
  occurredAt?: string;
}

export class ResidentContactDto {
  @IsString()
  @text(1, 50, 'residentContact.name')
  name!: string;

  @Matches(/^[0-9+\- ]{5,20}$/, { message: '联系电话格式无效 / phone must be 5-20 digits' })
  phone!: string;
}

@JSONSchema({
  description: '群众点单：居民通过门岗值守、微信群、收件箱等渠道提出诉求',
  example: {
    channel: 'door-duty',
    category: 'street-lights',
    description: '民兴小区3栋路灯不亮，晚上出行不便',
    compoundId: 'minxing',
    location: '3栋楼下',
    residentContact: { name: '王阿姨', phone: '13800000000' },
  },
})
export class RaiseRequestDto extends RecordedStepDto {
  @IsIn(REQUEST_CHANNELS, { message: `channel 应为 ${REQUEST_CHANNELS.join('/')} 之一 / channel must be one of them` })
  channel!: (typeof REQUEST_CHANNELS)[number];

  @IsIn(Object.keys(REQUEST_CATEGORIES), { message: 'category 不在管理清单内 / category is not in the managed list' })
  category!: keyof typeof REQUEST_CATEGORIES;

  @IsString()
  @text(2, 1000, 'description')
  description!: string;

  @IsOptional()
  @code('compoundId')
  compoundId?: string;

  @IsOptional()
  @code('gridId')
  gridId?: string;

  @IsOptional()
  @IsString()
  @text(1, 200, 'location')
  location?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ResidentContactDto)
  residentContact?: ResidentContactDto;
}

export class AssigneeDto {
  @IsIn(ASSIGNEE_KINDS, { message: `assignee.kind 应为 ${ASSIGNEE_KINDS.join('/')} 之一` })
  kind!: (typeof ASSIGNEE_KINDS)[number];

  @IsString()
  @text(1, 64, 'assignee.id')
  id!: string;

  @IsString()
  @text(1, 50, 'assignee.name')
  name!: string;
}

@JSONSchema({
  description:
    '社区下单：派给党员、志愿服务队、物业公司或职能部门，并给出响应与办结时限（时刻 respondBy/resolveBy，或工作时间 respondWithinWorkingHours/resolveWithinWorkingDays，按已发布的节假日安排计算）',
  example: {
    assignee: { kind: 'party-member', id: 'member-3', name: '李建国' },
    respondBy: '2026-11-25T10:00:00+08:00',
    resolveBy: '2026-11-27T18:00:00+08:00',
  },
})
export class DispatchRequestDto extends RecordedStepDto {
  @ValidateNested()
  @Type(() => AssigneeDto)
  assignee!: AssigneeDto;

  @JSONSchema({ description: '响应时限（时刻）；或用 respondWithinWorkingHours', example: '2026-11-25T10:00:00+08:00' })
  @ValidateIf((dto: DispatchRequestDto) => dto.respondWithinWorkingHours === undefined || dto.respondBy !== undefined)
  @IsISO8601(
    { strict: true },
    {
      message:
        'respondBy 应为 ISO-8601 时间（或给出 respondWithinWorkingHours）/ respondBy must be ISO-8601 (or give respondWithinWorkingHours)',
    },
  )
  respondBy?: string;

  @JSONSchema({ description: '办结时限（时刻）；或用 resolveWithinWorkingDays', example: '2026-11-27T18:00:00+08:00' })
  @ValidateIf((dto: DispatchRequestDto) => dto.resolveWithinWorkingDays === undefined || dto.resolveBy !== undefined)
  @IsISO8601(
    { strict: true },
    {
      message:
        'resolveBy 应为 ISO-8601 时间（或给出 resolveWithinWorkingDays）/ resolveBy must be ISO-8601 (or give resolveWithinWorkingDays)',
    },
  )
  resolveBy?: string;

  @JSONSchema({ description: '几个工作小时内响应（工作日 09:00–18:00，按已发布的节假日安排）', example: 4 })
  @IsOptional()
  @IsInt({ message: 'respondWithinWorkingHours 应为整数 / must be an integer' })
  @Min(1)
  @Max(720)
  respondWithinWorkingHours?: number;

  @JSONSchema({ description: '几个工作日内办结（派单次日起算，第 N 个工作日 18:00 前）', example: 3 })
  @IsOptional()
  @IsInt({ message: 'resolveWithinWorkingDays 应为整数 / must be an integer' })
  @Min(1)
  @Max(250)
  resolveWithinWorkingDays?: number;
}

@JSONSchema({ description: '办结', example: { note: '已更换灯泡并检查线路' } })
export class ResolveRequestDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'note')
  note!: string;
}

@JSONSchema({
  description: '民评：满意 / 基本满意 / 不满意',
  example: { rating: 'satisfied', comment: '处理及时，谢谢' },
})
export class RateRequestDto extends RecordedStepDto {
  @IsIn(RATINGS, { message: 'rating 应为 satisfied / basically-satisfied / unsatisfied' })
  rating!: (typeof RATINGS)[number];

  @IsOptional()
  @IsString()
  @text(1, 500, 'comment')
  comment?: string;
}

export class ReasonDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

@JSONSchema({
  description: '网格吹哨、部门报到',
  example: { departmentId: 'dept-housing', reason: '楼栋供电线路老化，需住建部门处理' },
})
export class EscalateRequestDto extends ReasonDto {
  @code('departmentId')
  departmentId!: string;
}

export class ReportEscalationDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'report')
  report!: string;

  @IsIn(['resolved', 'returned'], { message: 'outcome 应为 resolved 或 returned' })
  outcome!: 'resolved' | 'returned';
}

export class RejectRequestDto extends RecordedStepDto {
  @IsIn(['invalid', 'duplicate'], { message: 'reason 应为 invalid 或 duplicate' })
  reason!: 'invalid' | 'duplicate';

  @IsOptional()
  @IsUUID('all', { message: 'duplicateOf 应为诉求编号 / duplicateOf must be a request id' })
  duplicateOf?: string;

  @IsString()
  @text(2, 500, 'note')
  note!: string;
}

export class WithdrawRequestDto extends RecordedStepDto {
  @IsOptional()
  @IsString()
  @text(2, 500, 'reason')
  reason?: string;
}

export class VoidEventDto {
  @IsUUID('all', { message: 'eventId 应为事件编号 / eventId must be an event id' })
  eventId!: string;

  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

export class RequestQueueQuery extends ViewQuery {
  @IsOptional()
  @IsIn(
    [
      'raised',
      'dispatched',
      'accepted',
      'escalated',
      'resolved',
      'rated',
      'reopened',
      'closed',
      'rejected',
      'withdrawn',
    ],
    { message: 'status 无效 / unknown status' },
  )
  status?: string;

  @IsOptional()
  @IsIn(Object.keys(REQUEST_CATEGORIES), { message: 'category 不在管理清单内 / category is not in the managed list' })
  category?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'open 应为 true 或 false' })
  open?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue 应为 true 或 false' })
  overdue?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200, { message: 'limit 最大 200 / limit is at most 200' })
  limit?: number;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|[0-9a-f-]{36}$/, {
    message: "after 无效，请使用上一页的 next / after must be the previous page's next",
  })
  after?: string;
}
