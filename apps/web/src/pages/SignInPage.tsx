import { Alert, Button, Divider, Input } from 'antd';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { apiGet, apiPost } from '../api/client';
import type { DemoUser } from '../api/views';
import { homeOf, useSession } from '../session';

/**
 * Sign in with the identity provider's token, or — in demo mode — as one of the demo users.
 * The first screen of every visit: it uses only antd's lightest components (no Form, Card or
 * Typography, which bring tabs, menus and validators), so it is ready on a slow phone.
 */
export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState(false);
  // Demo users exist only in demo mode (the endpoint answers 404 otherwise: then no buttons).
  const [demoUsers, setDemoUsers] = useState<readonly DemoUser[] | null>(null);
  useEffect(() => {
    let live = true;
    apiGet('/api/v1/demo/users', {})
      .then((answer) => live && setDemoUsers(answer.users))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const enter = async (value: string) => {
    try {
      await navigate(homeOf(await session.signIn(value)));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const asDemo = async (subject: string) => {
    try {
      const { token: issued } = await apiPost('/api/v1/demo/sign-in', {}, { subject });
      await enter(issued);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    setMissing(value === '');
    if (value) void enter(value);
  };
  return (
    <main className="tx-sign-in" data-testid="sign-in">
      <h1 className="tx-sign-in-title">同心 · 党建引领社区治理</h1>
      <p className="tx-sign-in-lead">每一项治理行动都记入社区不可篡改的历史；区委、街道、社区与审计各看其所需。</p>
      {problem && <Alert type="error" title={problem} style={{ marginBottom: 12 }} />}
      {demoUsers && (
        <>
          <Divider>演示用户</Divider>
          <div className="tx-demo-users" data-testid="demo-users">
            {demoUsers.map((user) => (
              <Button
                key={user.subject}
                block
                style={{ height: 'auto', padding: 8, whiteSpace: 'normal' }}
                onClick={() => void asDemo(user.subject)}
                data-testid={`demo-${user.subject}`}
              >
                <div>
                  <b>{user.name}</b>
                  <div style={{ fontSize: 12, color: '#888' }}>{user.roleLabel}</div>
                </div>
              </Button>
            ))}
          </div>
        </>
      )}
      <Divider>身份认证令牌</Divider>
      <form onSubmit={submit} className="tx-sign-in-form" noValidate>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Input.Password
            value={token}
            onChange={(e) => setToken(e.target.value)}
            status={missing ? 'error' : undefined}
            placeholder="粘贴身份认证系统签发的令牌（JWT）"
            aria-label="身份认证令牌"
          />
          {missing && <div className="tx-field-error">请粘贴身份认证系统签发的令牌</div>}
        </div>
        <Button type="primary" htmlType="submit">
          登录
        </Button>
      </form>
    </main>
  );
}
