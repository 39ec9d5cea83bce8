import { JSONSchema } from 'class-validator-jsonschema';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const nameRule = { message: '名称长度应为 2–50 个字符 / name must be 2-50 characters' };

@JSONSchema({ description: '登记区', example: { districtId: 'd-xianan', name: '咸安区' } })
export class RegisterDistrictDto {
  @Matches(/^d-[a-z0-9][a-z0-9-]{1,40}$/, {
    message: 'districtId 应形如 d-xianan / districtId must look like d-xianan',
  })
  districtId!: string;

  @IsString()
  @Length(2, 50, nameRule)
  name!: string;
}

export class RegisterStreetDto {
  @Matches(/^s-[a-z0-9][a-z0-9-]{1,40}$/, { message: 'streetId 应形如 s-yongan / streetId must look like s-yongan' })
  streetId!: string;

  @IsString()
  @Length(2, 50, nameRule)
  name!: string;
}

@JSONSchema({
  description: '社区入驻（创建租户）',
  example: { communityId: 'c-fenghuang', name: '凤凰社区', onboardedOn: '2018-07-01' },
})
export class OnboardCommunityDto {
  @Matches(/^c-[a-z0-9][a-z0-9-]{1,40}$/, {
    message: 'communityId 应形如 c-fenghuang / communityId must look like c-fenghuang',
  })
  communityId!: string;

  @IsString()
  @Length(2, 50, nameRule)
  name!: string;

  @Matches(DATE, { message: 'onboardedOn 应为 YYYY-MM-DD / onboardedOn must be YYYY-MM-DD' })
  onboardedOn!: string;
}

export class RenameCommunityDto {
  @IsString()
  @Length(2, 50, nameRule)
  name!: string;
}

@JSONSchema({
  description: '区划调整：社区划转到另一街道，自生效日起',
  example: { toStreetId: 's-wenquan', effectiveFrom: '2026-01-01' },
})
export class MoveCommunityDto {
  @Matches(/^s-[a-z0-9][a-z0-9-]{1,40}$/, {
    message: 'toStreetId 应形如 s-wenquan / toStreetId must look like s-wenquan',
  })
  toStreetId!: string;

  @Matches(DATE, { message: 'effectiveFrom 应为 YYYY-MM-DD / effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom!: string;
}

export class OffboardCommunityDto {
  @IsString()
  @Length(2, 200, { message: '理由长度应为 2–200 个字符 / reason must be 2-200 characters' })
  reason!: string;

  @Matches(DATE, { message: 'effectiveFrom 应为 YYYY-MM-DD / effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom!: string;
}

@JSONSchema({
  description: '红黑榜规则：响应率、办结率、满意率权重（合计 100）与最少诉求数',
  example: { responseWeight: 30, resolutionWeight: 35, satisfactionWeight: 35, minimumRequests: 10 },
})
export class RankingPolicyDto {
  @IsInt()
  @Min(0)
  @Max(100)
  responseWeight!: number;

  @IsInt()
  @Min(0)
  @Max(100)
  resolutionWeight!: number;

  @IsInt()
  @Min(0)
  @Max(100)
  satisfactionWeight!: number;

  @IsInt()
  @Min(1)
  @Max(10000)
  minimumRequests!: number;
}
