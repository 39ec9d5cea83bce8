import { CodedError } from '@tongxin/kernel';

export class AuthenticationError extends CodedError {
  constructor(code: string, messageZh: string, messageEn: string) {
    super(code, 'unauthenticated', messageZh, messageEn);
  }
}

export const authErrors = {
  missing: () =>
    new AuthenticationError(
      'TOKEN_MISSING',
      '未登录：请求缺少 Bearer 令牌',
      'Missing bearer token (Authorization: Bearer <jwt>)',
    ),
  expired: () => new AuthenticationError('TOKEN_EXPIRED', '登录已过期，请重新登录', 'The token has expired'),
  invalid: (why: string) => new AuthenticationError('TOKEN_INVALID', '令牌无效', `The token is invalid: ${why}`),
  roleForbidden: (role: string) =>
    new CodedError('ROLE_FORBIDDEN', 'forbidden', '当前角色无权执行此操作', `Role ${role} may not call this route`),
  notFound: (unitId: string) =>
    // Out-of-scope targets answer exactly like missing ones, so existence does not leak.
    new CodedError('UNIT_NOT_FOUND', 'not-found', '未找到该单位或无权访问', `No such unit in your scope: ${unitId}`),
  undeclared: (route: string) =>
    new CodedError(
      'ROUTE_NOT_DECLARED',
      'forbidden',
      '接口未声明访问权限，已拒绝',
      `Route ${route} declares no access rule; refused`,
    ),
};
