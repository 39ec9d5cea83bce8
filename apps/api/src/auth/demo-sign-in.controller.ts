import { ApiTags } from '@nestjs/swagger';
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { JSONSchema } from 'class-validator-jsonschema';
import { IsString, Length } from 'class-validator';
import { DEMO_USERS, Public, ROLES, TokenService } from '@tongxin/auth';
import type { Environment } from '@tongxin/config';
import { CodedError } from '@tongxin/kernel';
import { ENVIRONMENT } from '@tongxin/platform';

@JSONSchema({ description: '以演示用户登录（仅演示环境）', example: { subject: 'demo-district-xianan' } })
export class DemoSignInDto {
  @IsString()
  @Length(1, 100, { message: 'subject 应为演示用户编号 / subject must be a demo user id' })
  subject!: string;
}

/**
 * Demo sign-in for `npm start`: lists one user per role and issues their development token.
 * Off unless DEMO_SIGN_IN=true (refused in production at boot); production signs in with the
 * identity provider's token instead.
 */
@ApiTags('身份')
@Controller('api/v1/demo')
@Public()
export class DemoSignInController {
  constructor(
    @Inject(ENVIRONMENT) private readonly environment: Environment,
    private readonly tokens: TokenService,
  ) {}

  private assertEnabled(): void {
    if (this.environment.DEMO_SIGN_IN !== 'true' || !this.environment.JWT_SECRET) {
      throw new CodedError(
        'DEMO_SIGN_IN_DISABLED',
        'not-found',
        '未开启演示登录，请使用身份认证系统签发的令牌',
        'Demo sign-in is off; use a token from the identity provider',
      );
    }
  }

  @Get('users')
  users() {
    this.assertEnabled();
    return { users: DEMO_USERS.map((user) => ({ ...user, roleLabel: ROLES[user.role] })) };
  }

  @Post('sign-in')
  @HttpCode(200)
  async signIn(@Body() body: DemoSignInDto) {
    this.assertEnabled();
    const user = DEMO_USERS.find((u) => u.subject === body.subject);
    if (!user)
      throw new CodedError(
        'DEMO_USER_NOT_FOUND',
        'not-found',
        `没有演示用户 ${body.subject}`,
        `No demo user ${body.subject}`,
      );
    return {
      token: await this.tokens.issue(user.subject, user.name, [user.role], user.scope, '12h'),
      user: { ...user, roleLabel: ROLES[user.role] },
    };
  }
}
