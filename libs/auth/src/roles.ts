/** Roles of architecture.md §2 and domain.md §4, with the labels users see. */
export const ROLES = {
  'platform-admin': '平台管理员',
  'district-committee': '区委（组织部）',
  'street-office': '街道办事处',
  'community-admin': '社区管理员',
  'community-staff': '社区工作人员',
  'grid-worker': '网格员',
  'party-member': '党员',
  resident: '居民',
  department: '职能部门',
  auditor: '审计（纪委、审计局）',
} as const;

export type Role = keyof typeof ROLES;

export const ALL_ROLES = Object.keys(ROLES) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(ROLES, value);
}
