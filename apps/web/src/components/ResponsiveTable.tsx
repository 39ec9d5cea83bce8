import { Card, Empty, Spin, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Key, ReactElement, ReactNode } from 'react';
import { usePhone } from '../responsive';

type Props<T extends object> = TableProps<T> & {
  'data-testid'?: string;
  /** On a phone: the card's heading (default: the first column's cell). */
  cardTitle?: (row: T) => ReactNode;
  /** On a phone: how many columns (after the heading) show on the card; the rest fold under 更多. */
  cardFields?: number;
};

type Row = object;

const cellOf = (column: ColumnType<Row>, row: Row, index: number): ReactNode => {
  const path = column.dataIndex;
  const value =
    path === undefined
      ? undefined
      : (Array.isArray(path) ? path : [path]).reduce<unknown>(
          (at, key) => (at as Record<string, unknown> | undefined)?.[key as string],
          row,
        );
  if (column.render) {
    const rendered = column.render(value, row, index) as ReactNode | { children: ReactNode };
    return rendered !== null && typeof rendered === 'object' && 'children' in rendered
      ? rendered.children
      : (rendered as ReactNode);
  }
  return value === undefined || value === null ? '—' : (value as ReactNode);
};

/**
 * A table on a desk, a list of cards on a phone (no row squeezed into 50 px columns): each card
 * has the row's heading and its other columns as label and value, and a tap on it does what a
 * click on the row does. The same props as antd's Table.
 */
export function ResponsiveTable<T extends object>(props: Props<T>): ReactElement {
  // The generic props checked once at the call site; inside, rows are plain objects (spreading
  // antd's generic TableProps<T> runs the type checker out of memory).
  return Cards(props as unknown as Props<Row>);
}

function Cards({ cardTitle, cardFields, ...table }: Props<Row>): ReactElement {
  const phone = usePhone();
  if (!phone) return <Table<Row> {...table} />;
  const columns = (table.columns ?? []) as ColumnType<Row>[];
  const rows = [...(table.dataSource ?? [])];
  const keyOf = (row: Row, index: number): Key =>
    typeof table.rowKey === 'function'
      ? table.rowKey(row, index)
      : (((row as Record<string, unknown>)[String(table.rowKey ?? 'key')] as Key | undefined) ?? index);
  const [first, ...others] = columns;
  const shown = cardTitle ? columns : others;
  const open = shown.slice(0, cardFields ?? shown.length);
  const folded = shown.slice(cardFields ?? shown.length);
  const fields = (list: ColumnType<Row>[], row: Row, index: number) => (
    <dl className="tx-card-fields">
      {list.map((column, i) => (
        <div
          key={column.key ?? (typeof column.dataIndex === 'string' ? column.dataIndex : i)}
          style={{ display: 'contents' }}
        >
          <dt>{column.title as ReactNode}</dt>
          <dd>{cellOf(column, row, index)}</dd>
        </div>
      ))}
    </dl>
  );
  const loading = typeof table.loading === 'object' ? table.loading.spinning : table.loading;
  return (
    <div className="tx-cards" data-testid={table['data-testid']}>
      {loading && <Spin />}
      {rows.length === 0 && !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {rows.map((row, index) => {
        const handlers = table.onRow?.(row, index) ?? {};
        const expanded = table.expandable?.expandedRowRender?.(row, index, 0, true);
        return (
          <Card
            key={keyOf(row, index)}
            size="small"
            className="tx-card-row"
            data-testid="card-row"
            hoverable={Boolean(handlers.onClick)}
            onClick={handlers.onClick}
            title={cardTitle ? cardTitle(row) : first ? cellOf(first, row, index) : null}
          >
            {fields(open, row, index)}
            {(folded.length > 0 || expanded) && (
              <details className="tx-card-more tx-wrap" onClick={(e) => e.stopPropagation()}>
                <summary>更多</summary>
                {folded.length > 0 && fields(folded, row, index)}
                {expanded}
              </details>
            )}
          </Card>
        );
      })}
    </div>
  );
}
