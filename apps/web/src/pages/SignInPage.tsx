import { Alert, Button, Card, Col, Divider, Form, Input, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { apiGet, apiPost } from '../api/client';
import { useLoad } from '../hooks';
import { homeOf, useSession } from '../session';

/** Sign in with the identity provider's token, or — in demo mode — as one of the demo users. */
export function SignInPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const demo = useLoad(() => apiGet('/api/v1/demo/users', {}), []);
  const enter = async (token: string) => {
    try {
      await navigate(homeOf(await signIn(token)));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const asDemo = async (subject: string) => {
    const { token } = await apiPost('/api/v1/demo/sign-in', {}, { subject });
    await enter(token);
  };
  return (
    <Row justify="center" style={{ padding: 32 }}>
      <Col xs={24} md={20} lg={16}>
        <Card>
          <Typography.Title level={2}>同心 · 党建引领社区治理</Typography.Title>
          <Typography.Paragraph type="secondary">
            每一项治理行动都记入社区不可篡改的历史；区委、街道、社区与审计各看其所需。
          </Typography.Paragraph>
          {problem && <Alert type="error" title={problem} style={{ marginBottom: 12 }} />}
          {demo.data && (
            <>
              <Divider>演示用户</Divider>
              <Row gutter={[12, 12]} data-testid="demo-users">
                {demo.data.users.map((user) => (
                  <Col key={user.subject} xs={24} sm={12} md={8}>
                    <Button
                      block
                      style={{ height: 'auto', padding: 8, whiteSpace: 'normal' }}
                      onClick={() => void asDemo(user.subject)}
                      data-testid={`demo-${user.subject}`}
                    >
                      <div>
                        <b>{user.name}</b>
                      </div>
                      <div style={{ fontSize: 12, color: '#888' }}>{user.roleLabel}</div>
                    </Button>
                  </Col>
                ))}
              </Row>
            </>
          )}
          <Divider>身份认证令牌</Divider>
          <Form layout="inline" onFinish={(v: { token: string }) => void enter(v.token.trim())}>
            <Form.Item
              name="token"
              style={{ flex: 1 }}
              rules={[{ required: true, message: '请粘贴身份认证系统签发的令牌' }]}
            >
              <Input.Password placeholder="粘贴身份认证系统签发的令牌（JWT）" />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                登录
              </Button>
            </Space>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
