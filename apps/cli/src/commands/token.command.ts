import {
  DEFAULT_TOKEN_MAX_AGE_SECONDS,
  DEMO_USERS,
  durationSeconds,
  isRole,
  TokenService,
  type PrincipalScope,
} from '@tongxin/auth';

export interface TokenOptions {
  readonly role?: string;
  readonly user?: string;
  readonly demo?: boolean;
  readonly district?: string;
  readonly street?: string;
  readonly community?: string;
  readonly department?: string;
  readonly subject?: string;
  readonly name?: string;
  readonly expires?: string;
}

/** Development tokens (HS256 with JWT_SECRET): for a demo user, every demo user, or any role and scope. */
export async function tokenCommand(
  options: TokenOptions,
  secret: string | undefined,
  print: (line: string) => void,
): Promise<number> {
  if (!secret) {
    print('JWT_SECRET is required to issue development tokens (npm start keeps one in .data/dev-jwt-secret)');
    return 1;
  }
  const maxAgeMinutes = Number(process.env.JWT_MAX_AGE_MINUTES);
  const maxAgeSeconds =
    Number.isInteger(maxAgeMinutes) && maxAgeMinutes > 0 ? maxAgeMinutes * 60 : DEFAULT_TOKEN_MAX_AGE_SECONDS;
  const tokens = new TokenService({
    issuer: process.env.JWT_ISSUER ?? 'tongxin',
    audience: process.env.JWT_AUDIENCE ?? 'tongxin-api',
    secret,
    maxAgeSeconds,
  });
  const expires = options.expires ?? '12h';
  // The api refuses a token older than its maximum age, whatever its exp says: never print one it would refuse early.
  const lifetime = (() => {
    try {
      return durationSeconds(expires);
    } catch {
      return null;
    }
  })();
  if (lifetime === null || lifetime < 1 || lifetime > maxAgeSeconds) {
    print(
      `--expires ${expires}: 令牌有效期须在 1 秒到最长令牌年龄（${maxAgeSeconds} 秒，JWT_MAX_AGE_MINUTES）之间 / must be between 1 s and the maximum token age`,
    );
    return 1;
  }
  if (options.demo) {
    for (const user of DEMO_USERS)
      print(
        `${user.subject}\t${user.role}\t${user.name}\t${await tokens.issue(user.subject, user.name, [user.role], user.scope, expires)}`,
      );
    return 0;
  }
  if (options.user) {
    const user = DEMO_USERS.find((u) => u.subject === options.user);
    if (!user) {
      print(`未知演示用户 / unknown demo user: ${options.user}. Known: ${DEMO_USERS.map((u) => u.subject).join(', ')}`);
      return 1;
    }
    print(await tokens.issue(user.subject, user.name, [user.role], user.scope, expires));
    return 0;
  }
  if (!isRole(options.role)) {
    print(
      'token needs --user <demo user>, --demo, or --role <role> with its scope (--district/--street/--community/--department)',
    );
    return 1;
  }
  const scope: PrincipalScope = {
    ...(options.district ? { districtId: options.district } : {}),
    ...(options.street ? { streetId: options.street } : {}),
    ...(options.community ? { communityId: options.community } : {}),
    ...(options.department ? { departmentId: options.department } : {}),
  };
  const subject = options.subject ?? `cli-${options.role}`;
  const token = await tokens.issue(subject, options.name ?? subject, [options.role], scope, expires);
  // Verify before printing: a token the api would refuse (e.g. missing scope) is an error here too.
  await tokens.verify(token);
  print(token);
  return 0;
}
