import { structureDecider, type StructureUnit } from '@tongxin/domain';
import { IMPORT_COLUMNS, IMPORT_TEMPLATE_ROWS, validateImportTable } from './import-file.js';

const street = new Set(['c-fenghuang']);
const nothingKnown = () => undefined;
const file = (...rows: string[][]) => [[...IMPORT_COLUMNS], ...rows];

describe('onboarding file validation', () => {
  it('accepts the template and orders items parents first, so one structure batch registers them all', () => {
    const { items, errors } = validateImportTable(
      file(...IMPORT_TEMPLATE_ROWS.map((r) => [...r]).reverse()),
      street,
      nothingKnown,
    );
    expect(errors).toEqual([]);
    expect(items).toHaveLength(IMPORT_TEMPLATE_ROWS.length);
    const units = items.flatMap((item) => ('unit' in item ? [item.unit] : []));
    // The decider accepts the batch in this order (it refuses a child before its parent).
    expect(structureDecider.decide({ kind: 'RegisterStructure', units }, structureDecider.initialState)).toHaveLength(
      8,
    );
    expect(items.at(-1)).toEqual({
      row: 2,
      communityId: 'c-fenghuang',
      member: { memberId: 'li-jianguo', name: '李建国', mode: 'in-service' },
    });
  });

  it('reports every bad row with its row and column, and returns nothing to write', () => {
    const { items, errors } = validateImportTable(
      file(
        ['小区', 'c-fenghuang', 'minxing', '民兴小区', '', ''],
        ['楼宇', 'c-fenghuang', 'x', '某楼', '', ''],
        ['楼栋', 'c-other', 'B 1', '', 'nowhere', ''],
        ['小区', 'c-fenghuang', 'minxing', '民兴小区', '', ''],
        ['党组织', 'c-fenghuang', 'grp', '党小组', 'minxing', '楼栋党小组'],
        ['党组织', 'c-fenghuang', 'br', '某支部', '', '小区党支部'],
        ['党员', 'c-fenghuang', 'wang', '王', '', '退休党员'],
        ['', '', '', '', '', ''],
      ),
      street,
      nothingKnown,
    );
    expect(items).toEqual([]);
    expect(errors).toEqual([
      { row: 3, column: '类型', message: expect.stringContaining('类型「楼宇」无效') },
      { row: 4, column: '社区编号', message: '社区 c-other 不属于本街道' },
      { row: 4, column: '编号', message: expect.stringContaining('小写字母') },
      { row: 4, column: '名称', message: '名称应为 1–50 个字符' },
      { row: 4, column: '上级编号', message: expect.stringContaining('上级小区 nowhere 不在本文件中') },
      { row: 5, column: '编号', message: '编号 minxing 与第 2 行重复' },
      { row: 6, column: '上级编号', message: expect.stringContaining('上级党组织 minxing 不在本文件中') },
      { row: 7, column: '所属小区编号', message: expect.stringContaining('小区党支部须填写所属小区编号') },
      { row: 7, column: '上级编号', message: expect.stringContaining('须填写上级党组织编号') },
      { row: 8, column: '层级/岗位/管理方式', message: expect.stringContaining('管理方式应为') },
    ]);
  });

  it('refuses a file without the template header', () => {
    expect(
      validateImportTable(
        [
          ['type', 'community'],
          ['小区', 'c-fenghuang'],
        ],
        street,
        nothingKnown,
      ).errors,
    ).toEqual([{ row: 1, column: '表头', message: expect.stringContaining('请使用下载的模板') }]);
  });

  it('accepts parents registered earlier and refuses re-registering a unit differently', () => {
    const known = (_c: string, kind: string, id: string): StructureUnit | undefined =>
      kind === 'compound' && id === 'minxing'
        ? { kind: 'compound', id, name: '民兴小区', parentId: null, attribute: null }
        : undefined;
    expect(
      validateImportTable(file(['楼栋', 'c-fenghuang', 'b1', '1栋', 'minxing', '']), street, known).errors,
    ).toEqual([]);
    expect(
      validateImportTable(file(['小区', 'c-fenghuang', 'minxing', '民兴花园', '', '']), street, known).errors,
    ).toEqual([{ row: 2, column: '名称', message: expect.stringContaining('已登记为「民兴小区」') }]);
  });
});
