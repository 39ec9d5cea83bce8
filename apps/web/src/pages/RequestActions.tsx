import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { apiPost, type PostPath } from '../api/client';
import type { CommandOutcome } from '../api/views';
import { submitCommand } from '../forms';
import { dayjs } from '../periods';

type StepPath = Extract<PostPath, `/api/v1/communities/{communityId}/requests/{requestId}/${string}`>;
interface Action {
  readonly key: string;
  readonly label: string;
  readonly path: StepPath;
  readonly fields?: 'dispatch' | 'resolve' | 'rate' | 'reason' | 'reject' | 'escalate';
  readonly danger?: boolean;
}

const R = '/api/v1/communities/{communityId}/requests/{requestId}';
const ACTIONS: Record<string, readonly Action[]> = {
  raised: [
    { key: 'dispatch', label: '派单', path: `${R}/dispatch`, fields: 'dispatch' },
    { key: 'reject', label: '不予受理', path: `${R}/reject`, fields: 'reject', danger: true },
    { key: 'withdraw', label: '撤回', path: `${R}/withdraw`, fields: 'reason' },
  ],
  dispatched: [{ key: 'accept', label: '接单', path: `${R}/accept` }],
  accepted: [
    { key: 'resolve', label: '办结', path: `${R}/resolve`, fields: 'resolve' },
    { key: 'escalate', label: '吹哨报到', path: `${R}/escalate`, fields: 'escalate' },
  ],
  escalated: [{ key: 'resolve', label: '办结', path: `${R}/resolve`, fields: 'resolve' }],
  reopened: [
    { key: 'dispatch', label: '重新派单', path: `${R}/dispatch`, fields: 'dispatch' },
    { key: 'resolve', label: '办结', path: `${R}/resolve`, fields: 'resolve' },
  ],
  resolved: [
    { key: 'rate', label: '评价', path: `${R}/rate`, fields: 'rate' },
    { key: 'close', label: '关闭', path: `${R}/close` },
  ],
  rated: [
    { key: 'close', label: '关闭', path: `${R}/close` },
    { key: 'reopen', label: '重新办理', path: `${R}/reopen`, fields: 'reason' },
  ],
};

/** Form values turned into the step's body (DTOs in apps/api/src/requests/dto). */
function bodyOf(action: Action, values: Record<string, unknown>): Record<string, unknown> {
  const iso = (v: unknown) => (dayjs.isDayjs(v) ? v.toISOString() : undefined);
  switch (action.fields) {
    case 'dispatch':
      return { assignee: values.assignee, respondBy: iso(values.respondBy), resolveBy: iso(values.resolveBy) };
    case 'reject':
      return {
        reason: values.reason,
        note: values.note,
        ...(values.duplicateOf ? { duplicateOf: values.duplicateOf } : {}),
      };
    default:
      return values;
  }
}

function Fields({ kind }: { kind: Action['fields'] }) {
  if (kind === 'dispatch')
    return (
      <>
        <Form.Item
          name={['assignee', 'kind']}
          label="承办方类型"
          initialValue="party-member"
          rules={[{ required: true }]}
        >
          <Select
            options={[
              { value: 'party-member', label: '党员' },
              { value: 'volunteer-team', label: '志愿服务队' },
              { value: 'property-company', label: '物业公司' },
              { value: 'department', label: '职能部门' },
              { value: 'grid-worker', label: '网格员' },
            ]}
          />
        </Form.Item>
        <Form.Item name={['assignee', 'id']} label="承办方编号" rules={[{ required: true, message: '请填写编号' }]}>
          <Input placeholder="如 member-3" />
        </Form.Item>
        <Form.Item name={['assignee', 'name']} label="承办方名称" rules={[{ required: true, message: '请填写名称' }]}>
          <Input placeholder="如 李建国" />
        </Form.Item>
        <Form.Item name="respondBy" label="响应时限" initialValue={dayjs().add(4, 'hour')} rules={[{ required: true }]}>
          <DatePicker showTime />
        </Form.Item>
        <Form.Item name="resolveBy" label="办结时限" initialValue={dayjs().add(3, 'day')} rules={[{ required: true }]}>
          <DatePicker showTime />
        </Form.Item>
      </>
    );
  if (kind === 'resolve')
    return (
      <Form.Item name="note" label="办结说明" rules={[{ required: true, message: '请填写办结说明' }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    );
  if (kind === 'rate')
    return (
      <>
        <Form.Item name="rating" label="评价" initialValue="satisfied" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'satisfied', label: '满意' },
              { value: 'basically-satisfied', label: '基本满意' },
              { value: 'unsatisfied', label: '不满意' },
            ]}
          />
        </Form.Item>
        <Form.Item name="comment" label="意见">
          <Input.TextArea rows={2} />
        </Form.Item>
      </>
    );
  if (kind === 'reject')
    return (
      <>
        <Form.Item name="reason" label="原因" initialValue="invalid">
          <Radio.Group
            options={[
              { value: 'invalid', label: '无效诉求' },
              { value: 'duplicate', label: '重复诉求' },
            ]}
          />
        </Form.Item>
        <Form.Item name="duplicateOf" label="重复于（诉求编号）">
          <Input />
        </Form.Item>
        <Form.Item name="note" label="说明" rules={[{ required: true, message: '请填写说明' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </>
    );
  if (kind === 'escalate')
    return (
      <>
        <Form.Item name="departmentId" label="报到部门编号" rules={[{ required: true, message: '请填写部门编号' }]}>
          <Input placeholder="如 dept-housing" />
        </Form.Item>
        <Form.Item name="reason" label="吹哨原因" rules={[{ required: true, message: '请填写原因' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </>
    );
  if (kind === 'reason')
    return (
      <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    );
  return null;
}

/** The next steps of a request's workflow as buttons; each opens its validated form. */
export function RequestActions({
  communityId,
  requestId,
  status,
  onDone,
}: {
  communityId: string;
  requestId: string;
  status: string;
  onDone: (outcome: CommandOutcome) => void;
}) {
  const [open, setOpen] = useState<Action | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const run = async () => {
    if (!open) return;
    // Client-side rule failures are shown by the form itself; nothing to send.
    const values = open.fields ? await form.validateFields().catch(() => null) : {};
    if (!values) return;
    const result = await submitCommand(form, () =>
      apiPost(open.path, { communityId, requestId }, bodyOf(open, values) as never),
    );
    if (result.ok) {
      setOpen(null);
      setProblem(null);
      form.resetFields();
      onDone(result.value);
    } else setProblem(result.message);
  };
  return (
    <Space wrap>
      {(ACTIONS[status] ?? []).map((action) => (
        <Button
          key={action.key}
          danger={action.danger}
          data-testid={`action-${action.key}`}
          onClick={() => (setProblem(null), setOpen(action))}
        >
          {action.label}
        </Button>
      ))}
      <Modal
        open={open !== null}
        title={open?.label}
        onCancel={() => setOpen(null)}
        onOk={() => void run()}
        okText="提交"
        cancelText="取消"
        destroyOnHidden
      >
        {problem && <Alert type="error" title={problem} style={{ marginBottom: 12 }} data-testid="action-error" />}
        <Form form={form} layout="vertical" preserve={false}>
          <Fields kind={open?.fields} />
        </Form>
      </Modal>
    </Space>
  );
}
