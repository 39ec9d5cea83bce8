import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** A page of a register: newest first; `after` is the previous page's `next`. */
export class RecordListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 应为整数 / limit must be an integer' })
  @Min(1)
  @Max(200, { message: 'limit 最大 200 / limit is at most 200' })
  limit?: number;

  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: "after 无效，请使用上一页的 next / after must be the previous page's next" })
  after?: string;
}
