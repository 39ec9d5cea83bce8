import {
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { CARE_OCCASIONS, REVIEW_GRADES, REVIEW_KINDS, SESSION_KINDS, STAR_KINDS } from '@tongxin/domain';
import { RecordedStepDto } from '../../requests/dto/request.dto.js';

const text = (min: number, max: number, field: string) =>
  Length(min, max, { message: `${field} 长度应为 ${min}–${max} 个字符 / ${field} must be ${min}-${max} characters` });
const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const code = (field: string) =>
  Matches(CODE, { message: `${field} 应为小写字母数字编号 / ${field} must be a lowercase code` });

@JSONSchema({
  description: '志愿服务岗位认领',
  example: { postId: 'jiahe-hygiene-3', postName: '3栋环境卫生监督岗', compoundId: 'jiahe' },
})
export class ClaimVolunteerPostDto extends RecordedStepDto {
  @code('postId')
  postId!: string;

  @IsString()
  @text(2, 50, 'postName')
  postName!: string;

  @IsOptional()
  @code('compoundId')
  compoundId?: string;
}

@JSONSchema({ description: '退出志愿服务岗位', example: { reason: '工作调动，岗位交由其他党员' } })
export class ReleaseVolunteerPostDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

@JSONSchema({
  description: '结对帮扶困难家庭（家庭信息为个人敏感信息）',
  example: { family: '王某一家（低保户）', circumstances: '子女残疾，家庭收入微薄', compoundId: 'jiahe' },
})
export class StartPairingDto extends RecordedStepDto {
  @IsString()
  @text(1, 100, 'family')
  family!: string;

  @IsString()
  @text(2, 500, 'circumstances')
  circumstances!: string;

  @IsOptional()
  @code('compoundId')
  compoundId?: string;
}

@JSONSchema({ description: '结束结对帮扶', example: { outcome: '家庭成员已再就业，生活好转' } })
export class EndPairingDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'outcome')
  outcome!: string;
}

@JSONSchema({
  description: '慰问：谁去慰问、慰问了谁、送了什么（被慰问人为个人敏感信息）',
  example: {
    occasion: 'festival',
    visited: '陈奶奶（独居老人）',
    circumstances: '腿脚不便，子女在外地',
    visitors: '社区书记、网格员小刘',
    gifts: '大米一袋、食用油一桶、慰问金',
    giftValueYuan: 500,
  },
})
export class CareVisitDto extends RecordedStepDto {
  @IsIn(Object.keys(CARE_OCCASIONS), { message: 'occasion 应为 festival / illness / elderly-alone / hardship / other' })
  occasion!: keyof typeof CARE_OCCASIONS;

  @IsString()
  @text(1, 100, 'visited')
  visited!: string;

  @IsOptional()
  @IsString()
  @text(2, 500, 'circumstances')
  circumstances?: string;

  @IsString()
  @text(1, 200, 'visitors')
  visitors!: string;

  @IsString()
  @text(1, 200, 'gifts')
  gifts!: string;

  @IsOptional()
  @IsInt({ message: 'giftValueYuan 应为整数（元） / whole yuan' })
  @Min(0)
  @Max(10_000_000)
  giftValueYuan?: number;
}

@JSONSchema({
  description: '再就业：帮助下岗失业人员重新就业（本人为个人敏感信息）',
  example: {
    person: '张某（下岗职工）',
    employer: '咸宁市红色物业服务有限公司',
    position: '保安',
    startedOn: '2026-03-01',
  },
})
export class ReemploymentDto extends RecordedStepDto {
  @IsString()
  @text(1, 50, 'person')
  person!: string;

  @IsString()
  @text(2, 100, 'employer')
  employer!: string;

  @IsOptional()
  @IsString()
  @text(1, 50, 'position')
  position?: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startedOn 应为 YYYY-MM-DD' })
  startedOn!: string;
}

@JSONSchema({
  description: '学习教育：集中学习、党课、主题党日，含参加人数',
  example: {
    kind: 'party-lesson',
    topic: '学习党的二十大精神',
    organisationId: 'fenghuang-dwei',
    speaker: '王书记',
    attendees: 36,
  },
})
export class StudySessionDto extends RecordedStepDto {
  @IsIn(Object.keys(SESSION_KINDS), { message: 'kind 应为 study / party-lesson / theme-day' })
  kind!: keyof typeof SESSION_KINDS;

  @IsString()
  @text(2, 200, 'topic')
  topic!: string;

  @IsOptional()
  @code('organisationId')
  organisationId?: string;

  @IsOptional()
  @IsString()
  @text(1, 50, 'speaker')
  speaker?: string;

  @IsInt({ message: 'attendees 应为整数 / attendees must be an integer' })
  @Min(1)
  @Max(10_000)
  attendees!: number;
}

@JSONSchema({
  description: '月度评星：社区之星 / 楼长之星',
  example: {
    star: 'building-head-star',
    month: '2026-11',
    person: '刘楼长',
    citation: '带头清理楼道杂物，调解邻里矛盾',
  },
})
export class MonthlyStarDto extends RecordedStepDto {
  @IsIn(Object.keys(STAR_KINDS), { message: 'star 应为 community-star / building-head-star' })
  star!: keyof typeof STAR_KINDS;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month 应为 YYYY-MM' })
  month!: string;

  @IsString()
  @text(1, 50, 'person')
  person!: string;

  @IsString()
  @text(2, 500, 'citation')
  citation!: string;
}

@JSONSchema({
  description: '支部书记述评：自我述评 / 领导点评 / 群众评议，给分数（0–100）或等次之一',
  example: { year: 2025, kind: 'mass', secretary: '王书记', score: 92, comment: '为群众办实事，群众满意' },
})
export class SecretaryReviewDto extends RecordedStepDto {
  @IsInt({ message: 'year 应为年份 / year must be a year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @IsIn(Object.keys(REVIEW_KINDS), { message: 'kind 应为 self / leader / mass' })
  kind!: keyof typeof REVIEW_KINDS;

  @IsString()
  @text(1, 50, 'secretary')
  secretary!: string;

  @IsOptional()
  @IsNumber({}, { message: 'score 应为数字 / score must be a number' })
  @Min(0)
  @Max(100)
  score?: number;

  @IsOptional()
  @IsIn(Object.keys(REVIEW_GRADES), { message: 'grade 应为 excellent / good / fair / poor' })
  grade?: keyof typeof REVIEW_GRADES;

  @IsString()
  @text(2, 500, 'comment')
  comment!: string;
}

@JSONSchema({ description: '列为软弱涣散基层党组织', example: { reason: '组织生活不经常，班子软弱，群众意见大' } })
export class ClassBranchWeakDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

@JSONSchema({
  description: '软弱涣散党组织整顿转化',
  example: { measures: '调整支部班子，建立半月谈议事制度，群众满意度明显提升' },
})
export class RectifyBranchDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'measures')
  measures!: string;
}

@JSONSchema({
  description: '命名三零社区（零发案、零上访、零事故）',
  example: { grantedBy: '天心区委政法委', note: '连续两年零发案、零上访、零事故' },
})
export class GrantThreeZeroDto extends RecordedStepDto {
  @IsString()
  @text(2, 100, 'grantedBy')
  grantedBy!: string;

  @IsString()
  @text(2, 500, 'note')
  note!: string;
}

@JSONSchema({ description: '撤销三零社区称号', example: { reason: '辖区发生较大安全事故' } })
export class RevokeThreeZeroDto extends RecordedStepDto {
  @IsString()
  @text(2, 500, 'reason')
  reason!: string;
}

@JSONSchema({
  description:
    '更正记录：指明被更正的事件、更正理由，以及该类事件允许更正的字段的新值（如 occurredAt、数量、时长、金额、类别、描述；编号等身份字段不可更正）',
  example: {
    eventId: '9b2f3c1e-6a4d-4e8b-9c1f-2d3e4f5a6b7c',
    reason: '服务时长登记错误，应为 3 小时',
    values: { hours: 3, occurredAt: '2026-10-04T19:00:00+08:00' },
  },
})
export class CorrectEventDto {
  @IsUUID('all', { message: 'eventId 应为事件编号 / eventId must be an event id' })
  eventId!: string;

  @IsString()
  @text(2, 500, 'reason')
  reason!: string;

  @IsObject({ message: 'values 应为对象（字段 -> 新值）/ values must be an object of field -> new value' })
  values!: Record<string, unknown>;
}
