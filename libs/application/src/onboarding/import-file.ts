import {
  MEMBER_MODES,
  PARTY_ORGANISATION_LEVELS,
  STAFF_POSTS,
  STRUCTURE_KINDS,
  type MemberMode,
  type StructureKind,
  type StructureUnit,
} from '@tongxin/domain';

/** The onboarding file's columns, in order (the downloadable template has exactly these). */
export const IMPORT_COLUMNS = [
  '类型',
  '社区编号',
  '编号',
  '名称',
  '上级编号',
  '层级/岗位/管理方式',
  '所属小区编号',
] as const;

/** Example rows of the template: one of each kind, parents before children. */
export const IMPORT_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ['小区', 'c-fenghuang', 'minxing', '民兴小区', '', ''],
  ['楼栋', 'c-fenghuang', 'minxing-3', '3栋', 'minxing', ''],
  ['网格', 'c-fenghuang', 'grid-1', '第一网格', 'minxing', ''],
  ['党组织', 'c-fenghuang', 'dwei', '凤凰社区大党委', '', '社区大党委'],
  ['党组织', 'c-fenghuang', 'minxing-branch', '民兴小区党支部', 'dwei', '小区党支部', 'minxing'],
  ['党组织', 'c-fenghuang', 'minxing-3-group', '3栋党小组', 'minxing-branch', '楼栋党小组'],
  ['党组织', 'c-fenghuang', 'household-301', '301党员中心户', 'minxing-3-group', '党员中心户'],
  ['工作人员', 'c-fenghuang', 'staff-wang', '王芳', 'grid-1', '网格员'],
  ['党员', 'c-fenghuang', 'li-jianguo', '李建国', '', '在职党员'],
];

export interface ImportRowError {
  /** 1-based row of the file, the header being row 1. */
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export type ImportItem =
  | { readonly row: number; readonly communityId: string; readonly unit: StructureUnit }
  | {
      readonly row: number;
      readonly communityId: string;
      readonly member: { readonly memberId: string; readonly name: string; readonly mode: MemberMode };
    };

const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const KINDS: Record<string, StructureKind | 'member'> = {
  ...Object.fromEntries(Object.entries(STRUCTURE_KINDS).map(([code, label]) => [label, code])),
  党员: 'member',
};
const byLabelOrCode = (table: Record<string, string | { label: string }>) => (value: string) =>
  Object.hasOwn(table, value)
    ? value
    : Object.entries(table).find(([, v]) => (typeof v === 'string' ? v : v.label) === value)?.[0];
const levelOf = byLabelOrCode(PARTY_ORGANISATION_LEVELS);
const postOf = byLabelOrCode(STAFF_POSTS);
const modeOf = byLabelOrCode(MEMBER_MODES);

/** Parents before children, so one batch can register a whole tree. */
const DEPTH: Record<string, number> = {
  compound: 0,
  grid: 1,
  building: 1,
  'community-committee': 2,
  'compound-branch': 3,
  'functional-branch': 3,
  'property-branch': 3,
  'building-group': 4,
  'member-household': 5,
  staff: 6,
};
export const importOrder = (item: ImportItem): number =>
  'member' in item
    ? 7
    : (DEPTH[item.unit.kind === 'party-organisation' ? (item.unit.attribute ?? '') : item.unit.kind] ?? 8);

/**
 * Checks a whole onboarding file before anything is written: every problem of every row, with
 * its row and column, in Chinese. Communities must be the street's own; ids must be unique per
 * community and kind; parents must be in the file or in `known` (already registered).
 */
export function validateImportTable(
  table: readonly (readonly string[])[],
  streetCommunities: ReadonlySet<string>,
  known: (communityId: string, kind: StructureKind, id: string) => StructureUnit | undefined,
): { items: ImportItem[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const header = (table[0] ?? []).map((cell) => cell.trim());
  if (IMPORT_COLUMNS.some((column, i) => header[i] !== column)) {
    return {
      items: [],
      errors: [{ row: 1, column: '表头', message: `表头应为：${IMPORT_COLUMNS.join('，')}（请使用下载的模板）` }],
    };
  }
  const items: ImportItem[] = [];
  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, index) => {
    const row = index + 2;
    const [kindText = '', communityId = '', id = '', name = '', parentId = '', attribute = '', compoundId = ''] =
      cells.map((cell) => (cell ?? '').trim());
    if ([kindText, communityId, id, name, parentId, attribute, compoundId].every((cell) => cell === '')) return; // blank line
    const problem = (column: (typeof IMPORT_COLUMNS)[number], message: string) => errors.push({ row, column, message });
    const kind =
      KINDS[kindText] ??
      (Object.hasOwn(STRUCTURE_KINDS, kindText) || kindText === 'member'
        ? (kindText as StructureKind | 'member')
        : undefined);
    if (!kind) problem('类型', `类型「${kindText}」无效，应为 ${Object.keys(KINDS).join('/')}`);
    if (!streetCommunities.has(communityId))
      problem('社区编号', communityId ? `社区 ${communityId} 不属于本街道` : '社区编号必填');
    if (!CODE.test(id)) problem('编号', '编号应为小写字母、数字、连字符（最长 64 位）');
    if (name.length < 1 || name.length > 50) problem('名称', '名称应为 1–50 个字符');
    if (parentId && !CODE.test(parentId)) problem('上级编号', '上级编号格式无效');
    if (compoundId && !CODE.test(compoundId)) problem('所属小区编号', '所属小区编号格式无效');
    if (!kind) return;
    const duplicateKey = `${communityId}|${kind}|${id}`;
    if (seen.has(duplicateKey)) problem('编号', `编号 ${id} 与第 ${seen.get(duplicateKey)} 行重复`);
    else seen.set(duplicateKey, row);
    if (kind === 'member') {
      const mode = modeOf(attribute || '居民党员');
      if (!mode) problem('层级/岗位/管理方式', `管理方式应为 ${Object.values(MEMBER_MODES).join('/')}`);
      else items.push({ row, communityId, member: { memberId: id, name, mode: mode as MemberMode } });
      return;
    }
    let resolved: string | null = null;
    if (kind === 'party-organisation') {
      resolved = levelOf(attribute) ?? null;
      if (!resolved)
        problem(
          '层级/岗位/管理方式',
          `党组织层级应为 ${Object.values(PARTY_ORGANISATION_LEVELS)
            .map((l) => l.label)
            .join('/')}`,
        );
    } else if (kind === 'staff') {
      resolved = postOf(attribute) ?? null;
      if (!resolved) problem('层级/岗位/管理方式', `岗位应为 ${Object.values(STAFF_POSTS).join('/')}`);
    }
    if (resolved === 'compound-branch' && !compoundId)
      problem('所属小区编号', '小区党支部须填写所属小区编号（党组织覆盖率按此计算）');
    items.push({
      row,
      communityId,
      unit: {
        kind,
        id,
        name,
        parentId: parentId || null,
        attribute: resolved,
        ...(kind === 'party-organisation' ? { compoundId: compoundId || null } : {}),
      },
    });
  });
  // Parents: in the file (any row) or already registered; the kind each child needs.
  const inFile = new Map<string, StructureUnit>(
    items.flatMap((item) =>
      'unit' in item ? [[`${item.communityId}|${item.unit.kind}|${item.unit.id}`, item.unit] as const] : [],
    ),
  );
  const parentKind: Partial<Record<StructureKind, StructureKind>> = {
    building: 'compound',
    grid: 'compound',
    staff: 'grid',
    'party-organisation': 'party-organisation',
  };
  for (const item of items) {
    if (!('unit' in item)) continue;
    const { unit } = item;
    const needed = parentKind[unit.kind];
    if (unit.kind === 'building' && !unit.parentId)
      errors.push({ row: item.row, column: '上级编号', message: '楼栋须填写所属小区编号' });
    const level =
      unit.kind === 'party-organisation' && unit.attribute
        ? PARTY_ORGANISATION_LEVELS[unit.attribute as keyof typeof PARTY_ORGANISATION_LEVELS]
        : null;
    if (level && level.parents.length > 0 && !unit.parentId)
      errors.push({ row: item.row, column: '上级编号', message: `${level.label}须填写上级党组织编号` });
    if (
      unit.compoundId &&
      !inFile.get(`${item.communityId}|compound|${unit.compoundId}`) &&
      !known(item.communityId, 'compound', unit.compoundId)
    ) {
      errors.push({ row: item.row, column: '所属小区编号', message: `小区 ${unit.compoundId} 不在本文件中，也未登记` });
    }
    const registered = known(item.communityId, unit.kind, unit.id);
    if (
      registered &&
      (registered.name !== unit.name ||
        registered.parentId !== unit.parentId ||
        registered.attribute !== unit.attribute ||
        (registered.compoundId ?? null) !== (unit.compoundId ?? null))
    ) {
      errors.push({
        row: item.row,
        column: '名称',
        message: `${STRUCTURE_KINDS[unit.kind]} ${unit.id} 已登记${unit.kind === 'staff' ? '' : `为「${registered.name}」`}，与本行不同（更名请使用更名功能）`,
      });
    }
    if (!needed || !unit.parentId) continue;
    const parent =
      inFile.get(`${item.communityId}|${needed}|${unit.parentId}`) ?? known(item.communityId, needed, unit.parentId);
    if (!parent)
      errors.push({
        row: item.row,
        column: '上级编号',
        message: `上级${STRUCTURE_KINDS[needed]} ${unit.parentId} 不在本文件中，也未登记`,
      });
    else if (level && !(level.parents as readonly string[]).includes(parent.attribute ?? '')) {
      errors.push({
        row: item.row,
        column: '上级编号',
        message:
          level.parents.length === 0
            ? `${level.label}没有上级党组织`
            : `${level.label}的上级应为${level.parents.map((p) => PARTY_ORGANISATION_LEVELS[p].label).join('或')}`,
      });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    items: errors.length > 0 ? [] : [...items].sort((a, b) => importOrder(a) - importOrder(b) || a.row - b.row),
    errors,
  };
}
