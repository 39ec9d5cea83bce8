import type { PrincipalScope } from './principal.js';
import type { Role } from './roles.js';

export interface DemoUser {
  readonly subject: string;
  readonly name: string;
  readonly role: Role;
  readonly scope: PrincipalScope;
}

/** One demo user per role over the demo hierarchy (咸安区 / 天心区), for `npm start` and `cli token --user`. */
export const DEMO_USERS: readonly DemoUser[] = [
  { subject: 'demo-platform-admin', name: '平台管理员', role: 'platform-admin', scope: {} },
  {
    subject: 'demo-district-xianan',
    name: '咸安区委组织部',
    role: 'district-committee',
    scope: { districtId: 'd-xianan' },
  },
  {
    subject: 'demo-district-tianxin',
    name: '天心区委组织部',
    role: 'district-committee',
    scope: { districtId: 'd-tianxin' },
  },
  { subject: 'demo-street-yongan', name: '永安办事处', role: 'street-office', scope: { streetId: 's-yongan' } },
  { subject: 'demo-street-chiling', name: '赤岭路街道', role: 'street-office', scope: { streetId: 's-chiling' } },
  {
    subject: 'demo-admin-fenghuang',
    name: '凤凰社区管理员',
    role: 'community-admin',
    scope: { communityId: 'c-fenghuang' },
  },
  {
    subject: 'demo-staff-fenghuang',
    name: '凤凰社区工作人员',
    role: 'community-staff',
    scope: { communityId: 'c-fenghuang' },
  },
  {
    subject: 'demo-grid-fenghuang',
    name: '凤凰社区网格员',
    role: 'grid-worker',
    scope: { communityId: 'c-fenghuang' },
  },
  {
    subject: 'demo-member-fenghuang',
    name: '凤凰社区党员',
    role: 'party-member',
    scope: { communityId: 'c-fenghuang' },
  },
  { subject: 'demo-resident-fenghuang', name: '凤凰社区居民', role: 'resident', scope: { communityId: 'c-fenghuang' } },
  {
    subject: 'demo-department-xianan-housing',
    name: '咸安区住建局',
    role: 'department',
    scope: { departmentId: 'dept-housing', districtId: 'd-xianan' },
  },
  { subject: 'demo-auditor-xianan', name: '咸安区纪委', role: 'auditor', scope: { districtId: 'd-xianan' } },
];
