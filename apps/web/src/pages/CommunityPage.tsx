import {
  Alert,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  message,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { REQUEST_CATEGORIES, REQUEST_CHANNELS } from '@domain/requests/requests.events';
import { REQUEST_STATUS_LABELS } from '@domain/requests/requests.state';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { apiGet, apiPost, type BodyOf } from '../api/client';
import type { CommandOutcome, QueueItem } from '../api/views';
import { Dashboard } from '../components/Dashboard';
import { submitCommand } from '../forms';
import { useLoad, usePeriodChoice } from '../hooks';
import { EVENT_LABELS, KPI_CARDS } from '../labels';
import { dayjs } from '../periods';
import { useSession } from '../session';
import { REGISTERS, RegisterTab } from './CommunityRegisters';
import { RequestActions } from './RequestActions';
import { StructureTab } from './StructureTab';

const CHANNEL_LABELS: Record<string, string> = {
  inbox: '收件箱',
  'wechat-group': '微信群',
  'door-duty': '门岗值守',
  'grid-patrol': '网格巡查',
  visit: '走访',
  hotline: '热线',
};
const categoryLabel = (code: string) => (REQUEST_CATEGORIES as Record<string, string>)[code] ?? code;
const statusLabel = (status: string) => (REQUEST_STATUS_LABELS as Record<string, string>)[status] ?? status;
const time = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');

/** 群众点单: a new request with its channel, category and description. */
function RaiseRequest({ communityId, onDone }: { communityId: string; onDone: (outcome: CommandOutcome) => void }) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<BodyOf<'/api/v1/communities/{communityId}/requests'>>();
  const submit = async () => {
    // Client-side rule failures are shown by the form itself; nothing to send.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await submitCommand(form, () =>
      apiPost('/api/v1/communities/{communityId}/requests', { communityId }, values),
    );
    if (!result.ok) return setProblem(result.message);
    setOpen(false);
    form.resetFields();
    message.success('诉求已受理');
    onDone(result.value);
  };
  return (
    <>
      <Button type="primary" onClick={() => (setProblem(null), setOpen(true))} data-testid="raise-request">
        登记诉求
      </Button>
      <Modal
        open={open}
        title="登记群众诉求（群众点单）"
        onCancel={() => setOpen(false)}
        onOk={() => void submit()}
        okText="提交"
        cancelText="取消"
      >
        {problem && <Alert type="error" title={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ channel: 'door-duty' }}>
          <Form.Item name="channel" label="渠道" rules={[{ required: true }]}>
            <Select options={REQUEST_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] ?? c }))} />
          </Form.Item>
          <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select
              data-testid="raise-category"
              options={Object.entries(REQUEST_CATEGORIES).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="description" label="诉求内容" rules={[{ required: true, message: '请填写诉求内容' }]}>
            <Input.TextArea rows={3} data-testid="raise-description" />
          </Form.Item>
          <Form.Item name="location" label="位置">
            <Input placeholder="如 3栋楼下" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One request: its state, the next steps, and its timeline from the event history. */
function RequestDrawer({
  communityId,
  requestId,
  onClose,
  onChanged,
}: {
  communityId: string;
  requestId: string | null;
  onClose: () => void;
  onChanged: (o: CommandOutcome) => void;
}) {
  const view = useLoad(
    () =>
      requestId
        ? apiGet('/api/v1/communities/{communityId}/requests/{requestId}', { communityId, requestId })
        : Promise.resolve(null),
    [communityId, requestId],
  );
  const request = view.data;
  return (
    <Drawer open={requestId !== null} onClose={onClose} width={640} title="诉求详情">
      {view.error && <Alert type="error" title={view.error.message} />}
      {request && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <Tag color="blue" data-testid="request-status">
              {request.statusLabel}
            </Tag>
            {request.state.assignee && <span>承办：{request.state.assignee.name}</span>}
            {request.state.excluded && <Tag>已核减</Tag>}
          </Space>
          <RequestActions
            communityId={communityId}
            requestId={request.id}
            status={request.status}
            onDone={(outcome) => {
              message.success('已记录');
              view.reload();
              onChanged(outcome);
            }}
          />
          <Card size="small" title="办理过程">
            <Timeline
              data-testid="request-timeline"
              items={request.timeline.map((event) => ({
                color: event.voided ? 'gray' : 'blue',
                content: (
                  <div>
                    <b>{EVENT_LABELS[event.type] ?? event.type}</b> {event.voided && <Tag>已作废</Tag>}
                    <div style={{ color: '#888', fontSize: 12 }}>
                      发生于 {time(event.occurredAt)} · 记录于 {time(event.recordedAt)} · {event.actor.userId}
                    </div>
                    {typeof event.data.description === 'string' && <div>{event.data.description}</div>}
                    {typeof event.data.note === 'string' && <div>{event.data.note}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Space>
      )}
    </Drawer>
  );
}

function WorkQueue({ communityId }: { communityId: string }) {
  const [filters, setFilters] = useState<{ status?: string; category?: string; open: boolean; overdue: boolean }>({
    open: false,
    overdue: false,
  });
  const [pages, setPages] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const after = pages.at(-1);
  const queue = useLoad(
    () =>
      apiGet(
        '/api/v1/communities/{communityId}/requests',
        { communityId },
        { ...filters, open: filters.open || undefined, overdue: filters.overdue || undefined, limit: 20, after },
      ),
    [communityId, JSON.stringify(filters), after],
  );
  // The queue is a projection: read it again once it has had a moment to take in what was just recorded.
  const refresh = () => [300, 1500].forEach((delay) => setTimeout(queue.reload, delay));
  return (
    <Card
      size="small"
      title="诉求工作台"
      extra={
        <RaiseRequest communityId={communityId} onDone={(o) => (refresh(), o.requestId && setSelected(o.requestId))} />
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status) => (setPages([]), setFilters({ ...filters, status }))}
          options={Object.entries(REQUEST_STATUS_LABELS)
            .filter(([s]) => s !== 'none')
            .map(([value, label]) => ({ value, label }))}
        />
        <Select
          allowClear
          placeholder="类别"
          style={{ width: 180 }}
          value={filters.category}
          onChange={(category) => (setPages([]), setFilters({ ...filters, category }))}
          options={Object.entries(REQUEST_CATEGORIES).map(([value, label]) => ({ value, label }))}
        />
        <span>
          仅在办 <Switch checked={filters.open} onChange={(open) => (setPages([]), setFilters({ ...filters, open }))} />
        </span>
        <span>
          仅超时{' '}
          <Switch
            checked={filters.overdue}
            onChange={(overdue) => (setPages([]), setFilters({ ...filters, overdue }))}
          />
        </span>
      </Space>
      {queue.error && <Alert type="error" title={queue.error.message} />}
      <Table<QueueItem>
        size="small"
        rowKey="requestId"
        data-testid="work-queue"
        pagination={false}
        dataSource={[...(queue.data?.items ?? [])]}
        onRow={(row) => ({ onClick: () => setSelected(row.requestId), style: { cursor: 'pointer' } })}
        columns={[
          { title: '受理时间', dataIndex: 'raisedAt', render: time },
          { title: '类别', dataIndex: 'category', render: categoryLabel },
          { title: '内容', dataIndex: 'description', ellipsis: true },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string, r) => (
              <Space>
                {statusLabel(s)}
                {r.overdue && <Tag color="red">超时</Tag>}
                {r.excluded && <Tag>核减</Tag>}
              </Space>
            ),
          },
          { title: '承办', dataIndex: 'assigneeName', render: (n: string | null) => n ?? '—' },
          { title: '办结时限', dataIndex: 'resolveBy', render: time },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={pages.length === 0} onClick={() => setPages(pages.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!queue.data?.next} onClick={() => queue.data?.next && setPages([...pages, queue.data.next])}>
          下一页
        </Button>
      </Space>
      <RequestDrawer
        communityId={communityId}
        requestId={selected}
        onClose={() => setSelected(null)}
        onChanged={refresh}
      />
    </Card>
  );
}

const DASHBOARD_ROLES = ['community-admin', 'community-staff', 'street-office', 'district-committee', 'auditor'];
/** The community's cards: the dashboard's, with the disputes registered and mediated this period. */
const COMMUNITY_CARDS = [...KPI_CARDS, 'disputes.registered', 'disputes.mediated'];

/** 诉求工作台, 组织架构 and the registers, one tab each (the tab is kept in the address: ?tab=disputes). */
function CommunityTabs({ communityId }: { communityId: string }) {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'requests';
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setParams((current) => (current.set('tab', key), current), { replace: true })}
      destroyOnHidden
      items={[
        { key: 'requests', label: '诉求工作台', children: <WorkQueue communityId={communityId} /> },
        { key: 'structure', label: '组织架构', children: <StructureTab communityId={communityId} /> },
        ...REGISTERS.map((register) => ({
          key: register.key,
          label: register.title,
          children: <RegisterTab register={register} communityId={communityId} />,
        })),
      ]}
    />
  );
}

export function CommunityPage() {
  const { communityId = '' } = useParams();
  const { me } = useSession();
  const [choice, setChoice] = usePeriodChoice();
  const seesFigures = me?.roles.some((r) => DASHBOARD_ROLES.includes(r)) ?? false;
  if (!seesFigures)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={3}>社区工作台</Typography.Title>
        <CommunityTabs communityId={communityId} />
      </Space>
    );
  return (
    <Dashboard
      level="community"
      unitId={communityId}
      title="社区工作台"
      choice={choice}
      onChoice={setChoice}
      cards={COMMUNITY_CARDS}
    >
      <CommunityTabs communityId={communityId} />
    </Dashboard>
  );
}
