import { Alert, Button, Card, DatePicker, Form, Input, message, Spin, Tabs } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { apiGet, apiPost } from '../api/client';
import type { CommunityAlert } from '../api/views';
import { Dashboard } from '../components/Dashboard';
import { UnitTable } from '../components/UnitTable';
import { submitCommand } from '../forms';
import { useLoad, usePeriodChoice } from '../hooks';
import { dayjs, periodRange } from '../periods';

// The import wizard (upload, validation report, live progress) is fetched when its tab is opened.
const ImportWizard = lazy(() => import('./ImportWizard').then((m) => ({ default: m.ImportWizard })));

/** Onboards a community under this street (it becomes a tenant with its own history). */
function OnboardCommunity({ streetId, onDone }: { streetId: string; onDone: () => void }) {
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (values: { communityId: string; name: string; onboardedOn: dayjs.Dayjs }) => {
    const result = await submitCommand(form, () =>
      apiPost(
        '/api/v1/streets/{streetId}/communities',
        { streetId },
        { communityId: values.communityId, name: values.name, onboardedOn: values.onboardedOn.format('YYYY-MM-DD') },
      ),
    );
    if (result.ok) {
      message.success(`已接入社区 ${values.name}`);
      form.resetFields();
      onDone();
    }
    setProblem(result.ok ? null : result.message);
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values: Parameters<typeof submit>[0]) => void submit(values)}
      style={{ maxWidth: 480 }}
      data-testid="onboard-form"
      initialValues={{ onboardedOn: dayjs() }}
    >
      {problem && <Alert type="error" title={problem} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="communityId"
        label="社区编号"
        rules={[{ required: true, message: '请填写社区编号' }]}
        extra="小写字母、数字和连字符，如 c-minxing"
      >
        <Input />
      </Form.Item>
      <Form.Item name="name" label="社区名称" rules={[{ required: true, message: '请填写社区名称' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="onboardedOn" label="接入日期" rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        接入社区
      </Button>
    </Form>
  );
}

export function StreetPage() {
  const { streetId = '' } = useParams();
  const navigate = useNavigate();
  const [choice, setChoice] = usePeriodChoice();
  const range = periodRange(choice.kind, choice.at);
  const overview = useLoad(() => apiGet('/api/v1/streets/{streetId}/overview', { streetId }), [streetId]);
  const table = useLoad(
    () => apiGet('/api/v1/streets/{streetId}/kpis/units', { streetId }, range),
    [streetId, range.from, range.to],
  );
  const alerts = useMemo(
    () => new Map<string, CommunityAlert>((overview.data?.communities ?? []).map((c) => [c.communityId, c])),
    [overview.data],
  );
  const overdue = (overview.data?.communities ?? []).filter((c) => c.overdue > 0);
  return (
    <Dashboard level="street" unitId={streetId} title="街道工作台" choice={choice} onChoice={setChoice}>
      {overdue.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="street-alerts"
          title={`超时预警：${overdue.map((c) => `${c.name} ${c.overdue} 件`).join('、')}`}
        />
      )}
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'communities',
              label: '辖区社区',
              children: (
                <UnitTable
                  rows={table.data?.units ?? []}
                  alerts={alerts}
                  onOpen={(row) => void navigate(`/communities/${row.unitId}`)}
                />
              ),
            },
            {
              key: 'import',
              label: '批量导入',
              children: (
                <Suspense fallback={<Spin style={{ display: 'block', margin: 24 }} />}>
                  <ImportWizard streetId={streetId} onImported={() => table.reload()} />
                </Suspense>
              ),
            },
            {
              key: 'onboard',
              label: '社区接入',
              children: (
                <OnboardCommunity
                  streetId={streetId}
                  onDone={() => {
                    overview.reload();
                    table.reload();
                  }}
                />
              ),
            },
          ]}
        />
      </Card>
    </Dashboard>
  );
}
