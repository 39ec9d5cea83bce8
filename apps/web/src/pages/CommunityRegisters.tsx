import {
  Alert,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  InputNumber,
  message,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { apiGet, apiPost, type GetPath, type PostPath } from '../api/client';
import type { CommandOutcome, RegisterItem } from '../api/views';
import { submitCommand } from '../forms';
import { useLoad } from '../hooks';
import {
  DISPUTE_KINDS,
  EVENT_LABELS,
  HAZARD_KINDS,
  MEMBER_MODE_LABELS,
  REFERRAL_TARGETS,
  WORKS_KINDS,
} from '../labels';
import { dayjs } from '../periods';

const time = (t: string | null | undefined) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');

/** One field of a record form: its DTO property name (so server field errors land on it), label and input kind. */
interface Field {
  readonly name: string;
  readonly label: string;
  readonly kind?: 'text' | 'textarea' | 'select' | 'tags' | 'number' | 'works-quantity';
  readonly options?: Record<string, string>;
  readonly required?: boolean;
  readonly placeholder?: string;
}

/** One workflow step (or the creation) of a register: the api path it posts to and its fields. */
interface Action {
  readonly key: string;
  readonly label: string;
  readonly path: string;
  readonly fields: readonly Field[];
  /** The record statuses the step is offered in (the api answers 409 otherwise). */
  readonly when?: readonly string[];
  readonly danger?: boolean;
}

type RegisterKey = 'disputes' | 'wishes' | 'hazards' | 'works' | 'members';

interface Register {
  readonly key: RegisterKey;
  readonly title: string;
  /** The record's id parameter in the api's paths. */
  readonly idParam: 'id' | 'memberId';
  readonly create: Action;
  readonly steps: readonly Action[];
  /** What a row shows of the record's first event. */
  readonly summary: (created: Record<string, unknown>) => string;
  readonly statuses: Record<string, string>;
}

const C = '/api/v1/communities/{communityId}';
const worksKinds = Object.fromEntries(Object.entries(WORKS_KINDS).map(([k, v]) => [k, `${v.label}（${v.unit}）`]));
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The registers of the community page: a small field list per action drives one generic form. */
export const REGISTERS: readonly Register[] = [
  {
    key: 'disputes',
    title: '矛盾纠纷',
    idParam: 'id',
    statuses: {
      registered: 'default',
      'in-mediation': 'processing',
      mediated: 'success',
      failed: 'warning',
      referred: 'purple',
    },
    summary: (c) => `${DISPUTE_KINDS[str(c.kind)] ?? str(c.kind)}：${str(c.summary)}`,
    create: {
      key: 'register',
      label: '登记纠纷',
      path: `${C}/disputes`,
      fields: [
        { name: 'kind', label: '纠纷类型', kind: 'select', options: DISPUTE_KINDS, required: true },
        { name: 'summary', label: '纠纷概要', kind: 'textarea', required: true },
        { name: 'parties', label: '当事人', kind: 'tags', required: true, placeholder: '输入姓名后回车，至少两方' },
      ],
    },
    steps: [
      {
        key: 'mediation-sessions',
        label: '调解',
        path: `${C}/disputes/{id}/mediation-sessions`,
        when: ['registered', 'in-mediation', 'failed'],
        fields: [
          { name: 'venue', label: '调解地点', required: true, placeholder: '如 近邻评理室' },
          { name: 'mediator', label: '调解员', required: true },
          { name: 'notes', label: '调解记录', kind: 'textarea' },
        ],
      },
      {
        key: 'mediated',
        label: '调解成功',
        path: `${C}/disputes/{id}/mediated`,
        when: ['in-mediation'],
        fields: [{ name: 'agreement', label: '调解协议', kind: 'textarea', required: true }],
      },
      {
        key: 'failed',
        label: '调解未成',
        path: `${C}/disputes/{id}/failed`,
        when: ['in-mediation'],
        fields: [{ name: 'reason', label: '原因', kind: 'textarea', required: true }],
        danger: true,
      },
      {
        key: 'referred',
        label: '移交',
        path: `${C}/disputes/{id}/referred`,
        when: ['registered', 'in-mediation', 'failed'],
        fields: [
          { name: 'to', label: '移交至', kind: 'select', options: REFERRAL_TARGETS, required: true },
          { name: 'note', label: '移交说明', kind: 'textarea', required: true },
        ],
      },
    ],
  },
  {
    key: 'wishes',
    title: '微心愿',
    idParam: 'id',
    statuses: { posted: 'default', claimed: 'processing', fulfilled: 'success' },
    summary: (c) => `${str(c.description)}${c.beneficiary ? `（${str(c.beneficiary)}）` : ''}`,
    create: {
      key: 'post',
      label: '发布微心愿',
      path: `${C}/wishes`,
      fields: [
        { name: 'description', label: '心愿内容', kind: 'textarea', required: true },
        { name: 'beneficiary', label: '心愿人' },
      ],
    },
    steps: [
      {
        key: 'claim',
        label: '认领',
        path: `${C}/wishes/{id}/claim`,
        when: ['posted'],
        fields: [{ name: 'claimerName', label: '认领人', required: true }],
      },
      {
        key: 'fulfil',
        label: '实现',
        path: `${C}/wishes/{id}/fulfil`,
        when: ['claimed'],
        fields: [{ name: 'note', label: '实现情况', kind: 'textarea', required: true }],
      },
    ],
  },
  {
    key: 'hazards',
    title: '安全隐患',
    idParam: 'id',
    statuses: { reported: 'warning', eliminated: 'success' },
    summary: (c) => `${HAZARD_KINDS[str(c.kind)] ?? str(c.kind)} · ${str(c.location)}：${str(c.description)}`,
    create: {
      key: 'report',
      label: '上报隐患',
      path: `${C}/hazards`,
      fields: [
        { name: 'kind', label: '隐患类型', kind: 'select', options: HAZARD_KINDS, required: true },
        { name: 'location', label: '位置', required: true, placeholder: '如 5栋车棚' },
        { name: 'description', label: '隐患描述', kind: 'textarea', required: true },
      ],
    },
    steps: [
      {
        key: 'eliminate',
        label: '消除隐患',
        path: `${C}/hazards/{id}/eliminate`,
        when: ['reported'],
        fields: [{ name: 'measures', label: '整改措施', kind: 'textarea', required: true }],
      },
    ],
  },
  {
    key: 'works',
    title: '民生实事',
    idParam: 'id',
    statuses: { recorded: 'success' },
    summary: (c) =>
      `${WORKS_KINDS[str(c.kind)]?.label ?? str(c.kind)} ${typeof c.quantity === 'number' ? c.quantity : ''}${str(c.unit) || (WORKS_KINDS[str(c.kind)]?.unit ?? '')}：${str(c.description)}`,
    create: {
      key: 'record',
      label: '记录实事',
      path: `${C}/works`,
      fields: [
        { name: 'kind', label: '工程类型', kind: 'select', options: worksKinds, required: true },
        { name: 'quantity', label: '数量', kind: 'works-quantity', required: true },
        { name: 'description', label: '说明', kind: 'textarea', required: true },
        { name: 'amountSpentYuan', label: '投入资金（元）', kind: 'number' },
      ],
    },
    steps: [],
  },
  {
    key: 'members',
    title: '党员',
    idParam: 'memberId',
    statuses: { registered: 'default', 'reported-in': 'success' },
    summary: (c) => `${str(c.namePii)} · ${MEMBER_MODE_LABELS[str(c.mode)] ?? str(c.mode)}`,
    create: {
      key: 'register',
      label: '登记党员',
      path: `${C}/members`,
      fields: [
        { name: 'name', label: '姓名', required: true },
        { name: 'mode', label: '党员类别', kind: 'select', options: MEMBER_MODE_LABELS, required: true },
        { name: 'memberId', label: '党员编号（可用登录账号）', placeholder: '小写字母、数字，如 li-jianguo' },
      ],
    },
    steps: [
      {
        key: 'report-in',
        label: '报到',
        path: `${C}/members/{memberId}/report-in`,
        when: ['registered'],
        fields: [
          { name: 'mode', label: '报到类别', kind: 'select', options: MEMBER_MODE_LABELS, required: true },
          { name: 'compoundId', label: '报到小区编号', placeholder: '如 minxing' },
        ],
      },
    ],
  },
];

/** The input of a field; Form.Item hands it `id`, `value` and `onChange`, passed on to the antd control. */
function FieldInput({ field, ...control }: { field: Field; id?: string; value?: never; onChange?: never }) {
  const kind = Form.useWatch<unknown>('kind');
  const testId = `field-${field.name}`;
  const options = Object.entries(field.options ?? {}).map(([value, label]) => ({ value, label }));
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea {...control} rows={2} data-testid={testId} placeholder={field.placeholder} />;
    case 'select':
      return <Select {...control} data-testid={testId} options={options} placeholder={field.placeholder ?? '请选择'} />;
    case 'tags':
      return (
        <Select
          {...control}
          mode="tags"
          data-testid={testId}
          open={false}
          suffixIcon={null}
          placeholder={field.placeholder}
          tokenSeparators={[',', '，']}
        />
      );
    case 'number':
      return <InputNumber {...control} data-testid={testId} min={0} style={{ width: '100%' }} />;
    case 'works-quantity':
      return (
        <InputNumber
          {...control}
          data-testid={testId}
          min={0}
          style={{ width: '100%' }}
          suffix={WORKS_KINDS[String(kind)]?.unit ?? ''}
        />
      );
    default:
      return <Input {...control} data-testid={testId} placeholder={field.placeholder} />;
  }
}

/** Empty optional fields are left out, so the api's optional DTO properties stay absent. */
const bodyOf = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/** A record action's validated form in a modal; server field messages appear next to their fields. */
function ActionForm({
  action,
  params,
  onClose,
  onDone,
}: {
  action: Action | null;
  params: Record<string, string>;
  onClose: () => void;
  onDone: (outcome: CommandOutcome) => void;
}) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const [problem, setProblem] = useState<string | null>(null);
  const run = async () => {
    if (!action) return;
    // Client-side rule failures are shown by the form itself (no unhandled rejection); nothing to send.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await submitCommand(form, () =>
      apiPost(action.path as PostPath, params as never, bodyOf(values) as never),
    );
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    form.resetFields();
    onDone(result.value as CommandOutcome);
  };
  return (
    <Modal
      open={action !== null}
      title={action?.label}
      onCancel={() => (setProblem(null), onClose())}
      onOk={() => void run()}
      okText="提交"
      cancelText="取消"
      destroyOnHidden
    >
      {problem && <Alert type="error" title={problem} style={{ marginBottom: 12 }} data-testid="record-action-error" />}
      <Form form={form} layout="vertical" preserve={false}>
        {action?.fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            rules={field.required ? [{ required: true, message: `请填写${field.label}` }] : []}
          >
            <FieldInput field={field} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

/** One record: its status, the next steps as buttons, and its timeline from the event history. */
function RecordDrawer({
  register,
  communityId,
  recordId,
  onClose,
  onChanged,
}: {
  register: Register;
  communityId: string;
  recordId: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [action, setAction] = useState<Action | null>(null);
  const params = { communityId, [register.idParam]: recordId ?? '' };
  const viewPath = `${C}/${register.key}/{${register.idParam}}` as GetPath;
  const view = useLoad(
    () =>
      recordId
        ? apiGet(viewPath as '/api/v1/communities/{communityId}/disputes/{id}', params as never)
        : Promise.resolve(null),
    [communityId, register.key, recordId],
  );
  const record = view.data;
  return (
    <Drawer open={recordId !== null} onClose={onClose} width={640} title={`${register.title}详情`}>
      {view.error && <Alert type="error" title={view.error.message} />}
      {record && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <Tag color={register.statuses[record.status] ?? 'blue'} data-testid="record-status">
              {record.statusLabel}
            </Tag>
            <Typography.Text type="secondary">编号 {record.id}</Typography.Text>
          </Space>
          <Space wrap>
            {register.steps
              .filter((s) => !s.when || s.when.includes(record.status))
              .map((step) => (
                <Button
                  key={step.key}
                  danger={step.danger}
                  data-testid={`record-action-${step.key}`}
                  onClick={() => setAction(step)}
                >
                  {step.label}
                </Button>
              ))}
          </Space>
          <Card size="small" title="办理过程">
            <Timeline
              data-testid="record-timeline"
              items={record.timeline.map((event) => ({
                color: event.voided ? 'gray' : 'blue',
                content: (
                  <div>
                    <b>{EVENT_LABELS[event.type] ?? event.type}</b> {event.voided && <Tag>已作废</Tag>}
                    <div style={{ color: '#888', fontSize: 12 }}>
                      发生于 {time(event.occurredAt)} · 记录于 {time(event.recordedAt)} · {event.actor.userId}
                    </div>
                    <div>
                      {[
                        'summary',
                        'description',
                        'agreement',
                        'reason',
                        'note',
                        'measures',
                        'venue',
                        'mediator',
                        'notes',
                        'claimerName',
                        'location',
                      ]
                        .map((k) => str(event.data[k]))
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </div>
                ),
              }))}
            />
          </Card>
        </Space>
      )}
      <ActionForm
        action={action}
        params={params}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          message.success('已记录');
          view.reload();
          onChanged();
        }}
      />
    </Drawer>
  );
}

/** A register (台账) of the community: newest first, with its creation form and a timeline drawer per record. */
export function RegisterTab({ register, communityId }: { register: Register; communityId: string }) {
  const [pages, setPages] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const after = pages.at(-1);
  const listPath = `${C}/${register.key}` as '/api/v1/communities/{communityId}/disputes';
  const list = useLoad(
    () => apiGet(listPath, { communityId }, { limit: 20, after }),
    [communityId, register.key, after],
  );
  // The register is a projection: read it again once it has had a moment to take in what was just recorded.
  const refresh = () => [300, 1500].forEach((delay) => setTimeout(list.reload, delay));
  return (
    <Card
      size="small"
      title={`${register.title}台账`}
      extra={
        <Button type="primary" data-testid={`register-create-${register.key}`} onClick={() => setCreating(true)}>
          {register.create.label}
        </Button>
      }
    >
      {list.error && <Alert type="error" title={list.error.message} description={list.error.messageEn} />}
      <Table<RegisterItem>
        size="small"
        rowKey="id"
        data-testid={`register-${register.key}`}
        pagination={false}
        loading={list.loading && !list.data}
        dataSource={[...(list.data?.items ?? [])]}
        onRow={(row) => ({ onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '登记时间', dataIndex: 'createdAt', render: time, width: 150 },
          {
            title: '内容',
            dataIndex: 'created',
            ellipsis: true,
            render: (c: Record<string, unknown>) => register.summary(c),
          },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 110,
            render: (label: string, row) => <Tag color={register.statuses[row.status] ?? 'blue'}>{label}</Tag>,
          },
          { title: '最近办理', dataIndex: 'lastEventAt', render: time, width: 150 },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={pages.length === 0} onClick={() => setPages(pages.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!list.data?.next} onClick={() => list.data?.next && setPages([...pages, list.data.next])}>
          下一页
        </Button>
      </Space>
      <ActionForm
        action={creating ? register.create : null}
        params={{ communityId }}
        onClose={() => setCreating(false)}
        onDone={(outcome) => {
          setCreating(false);
          message.success('已登记');
          refresh();
          if (outcome.id) setSelected(outcome.id);
        }}
      />
      <RecordDrawer
        register={register}
        communityId={communityId}
        recordId={selected}
        onClose={() => setSelected(null)}
        onChanged={refresh}
      />
    </Card>
  );
}
