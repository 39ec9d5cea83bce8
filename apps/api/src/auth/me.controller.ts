import { ApiTags } from '@nestjs/swagger';
import { Controller, Get } from '@nestjs/common';
import { Access, ALL_ROLES, CurrentPrincipal, onSelf, ROLES, type Principal } from '@tongxin/auth';

@ApiTags('身份')
@Controller('api/v1/me')
export class MeController {
  /** Who the token says the caller is, with role labels for the UI. */
  @Get()
  @Access(ALL_ROLES, onSelf)
  me(@CurrentPrincipal() principal: Principal) {
    return { ...principal, roleLabels: principal.roles.map((role) => ROLES[role]) };
  }
}
