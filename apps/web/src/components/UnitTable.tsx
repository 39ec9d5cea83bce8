import type { ColumnsType } from 'antd/es/table';
import type { CommunityAlert, UnitRow } from '../api/views';
import { formatKpi, KPI_COLUMNS, sortValue } from '../labels';
import { ResponsiveTable } from './ResponsiveTable';

type Row = UnitRow & { readonly alerts?: CommunityAlert };

/** Streets or communities with every KPI, sortable by each; a click drills down. */
export function UnitTable({
  rows,
  onOpen,
  alerts,
}: {
  rows: readonly UnitRow[];
  onOpen?: (row: UnitRow) => void;
  alerts?: ReadonlyMap<string, CommunityAlert>;
}) {
  const columns: ColumnsType<Row> = [
    {
      title: '名称',
      dataIndex: 'name',
      fixed: 'left',
      width: 140,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    },
    ...(alerts
      ? ([
          {
            title: '在办',
            key: 'open',
            sorter: (a: Row, b: Row) => (a.alerts?.open ?? 0) - (b.alerts?.open ?? 0),
            render: (_: unknown, r: Row) => r.alerts?.open ?? 0,
          },
          {
            title: '超时',
            key: 'overdue',
            sorter: (a: Row, b: Row) => (a.alerts?.overdue ?? 0) - (b.alerts?.overdue ?? 0),
            render: (_: unknown, r: Row) => (
              <span style={{ color: r.alerts?.overdue ? '#cf1322' : undefined }}>{r.alerts?.overdue ?? 0}</span>
            ),
          },
          {
            title: '吹哨',
            key: 'escalated',
            sorter: (a: Row, b: Row) => (a.alerts?.escalated ?? 0) - (b.alerts?.escalated ?? 0),
            render: (_: unknown, r: Row) => r.alerts?.escalated ?? 0,
          },
        ] as ColumnsType<Row>)
      : []),
    ...KPI_COLUMNS.map((column) => ({
      title: column.label,
      key: column.key,
      sorter: (a: Row, b: Row) => sortValue(a.kpis[column.key]) - sortValue(b.kpis[column.key]),
      render: (_: unknown, row: Row) => formatKpi(row.kpis[column.key]),
    })),
  ];
  return (
    <ResponsiveTable<Row>
      size="small"
      rowKey="unitId"
      data-testid="unit-table"
      cardFields={5}
      scroll={{ x: 'max-content' }}
      dataSource={rows.map((row) => ({ ...row, alerts: alerts?.get(row.unitId) }))}
      columns={columns}
      pagination={false}
      onRow={(row) => ({ onClick: () => onOpen?.(row), style: { cursor: onOpen ? 'pointer' : undefined } })}
    />
  );
}
