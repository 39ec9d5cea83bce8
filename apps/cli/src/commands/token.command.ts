import { DEMO_USERS, isRole, TokenService, type PrincipalScope } from '@tongxin/auth';

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
  const tokens = new TokenService({
    issuer: process.env.JWT_ISSUER ?? 'tongxin',
    audience: process.env.JWT_AUDIENCE ?? 'tongxin-api',
    secret,
  });
  const expires = options.expires ?? '12h';
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
