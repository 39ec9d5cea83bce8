import { Alert, Card, Col, Descriptions, Empty, Row, Space, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode as DataNode } from 'antd';
import { apiGet } from '../api/client';
import type { CompoundNode, OrganisationNode, Ratio } from '../api/views';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { useLoad } from '../hooks';
import { formatKpi } from '../labels';

const flag = (on: boolean, yes: string, no: string) => <Tag color={on ? 'green' : 'default'}>{on ? yes : no}</Tag>;

const organisationTree = (nodes: readonly OrganisationNode[]): DataNode[] =>
  nodes.map((n) => ({
    key: n.organisationId,
    title: (
      <span>
        <Tag color="red">{n.levelLabel}</Tag>
        {n.name}
      </span>
    ),
    children: organisationTree(n.children),
  }));

const share = (label: string, r: Ratio, testId: string) => (
  <Descriptions.Item label={label}>
    <span data-testid={testId}>{formatKpi(r)}</span>（{r.numerator} / {r.denominator}）
  </Descriptions.Item>
);

/** 组织架构: compounds with their branch, owners' committee and property service; the four-level party organisation tree; staff. */
export function StructureTab({ communityId }: { communityId: string }) {
  const structure = useLoad(
    () => apiGet('/api/v1/communities/{communityId}/structure', { communityId }),
    [communityId],
  );
  const view = structure.data;
  if (structure.error)
    return <Alert type="error" title={structure.error.message} description={structure.error.messageEn} />;
  if (!view) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="structure">
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label="小区">{view.coverage.compounds}</Descriptions.Item>
        {share('党组织覆盖', view.coverage.partyBranch, 'structure-coverage-partyBranch')}
        {share('业委会覆盖', view.coverage.ownersCommittee, 'structure-coverage-ownersCommittee')}
        {share('物业服务覆盖', view.coverage.propertyService, 'structure-coverage-propertyService')}
      </Descriptions>
      <Row gutter={12}>
        <Col xs={24} xl={15}>
          <Card size="small" title="小区（院落）">
            <ResponsiveTable<CompoundNode>
              size="small"
              rowKey="compoundId"
              data-testid="structure-compounds"
              pagination={false}
              dataSource={[...view.compounds]}
              expandable={{
                expandedRowRender: (c) => (
                  <Space orientation="vertical" size={2}>
                    <span>楼栋：{c.buildings.map((b) => b.name).join('、') || '—'}</span>
                    <span>网格：{c.grids.map((g) => g.name).join('、') || '—'}</span>
                    {c.supervisoryCommittee && (
                      <span>
                        业主监督委员会：{c.supervisoryCommittee.members} 人（党员 {c.supervisoryCommittee.partyMembers}{' '}
                        人）
                      </span>
                    )}
                    <span>5+ 联盟：{c.alliance.map((a) => a.name).join('、') || '—'}</span>
                  </Space>
                ),
              }}
              columns={[
                { title: '小区', dataIndex: 'name' },
                { title: '楼栋', render: (_, c) => c.buildings.length, width: 60 },
                {
                  title: '党支部',
                  render: (_, c) =>
                    c.partyBranches.length > 0 ? (
                      <Tag color="red">{c.partyBranches.map((b) => b.name).join('、')}</Tag>
                    ) : (
                      flag(false, '', '未建')
                    ),
                },
                {
                  title: '业委会',
                  render: (_, c) =>
                    flag(
                      c.coverage.ownersCommittee,
                      c.ownersCommittee ? `在任（第 ${c.ownersCommittee.terms} 届）` : '在任',
                      c.ownersCommittee ? '任期已满' : '未成立',
                    ),
                },
                {
                  title: '物业服务',
                  render: (_, c) =>
                    flag(
                      c.coverage.propertyService,
                      c.propertyService
                        ? `${c.propertyService.serviceKindLabel}${c.propertyService.companyName ? ` · ${c.propertyService.companyName}` : ''}`
                        : '',
                      c.propertyService ? '已退出' : '无',
                    ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="党组织（四级）" data-testid="structure-organisations">
            {view.partyOrganisations.length > 0 ? (
              <Tree defaultExpandAll selectable={false} treeData={organisationTree(view.partyOrganisations)} />
            ) : (
              <Empty description="尚未登记党组织" />
            )}
          </Card>
          <Card size="small" title="社区工作者" style={{ marginTop: 12 }}>
            {view.staff.length > 0 ? (
              view.staff.map((s) => (
                <div key={s.staffId}>
                  {s.postLabel}：{s.namePii}
                </div>
              ))
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
