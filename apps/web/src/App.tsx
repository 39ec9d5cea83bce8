import { Button, Descriptions, Layout, Result, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { AuditCommunityPage, AuditDistrictPage } from './pages/AuditPage';
import { CommunityPage } from './pages/CommunityPage';
import { DistrictPage } from './pages/DistrictPage';
import { SignInPage } from './pages/SignInPage';
import { StreetPage } from './pages/StreetPage';
import { homeOf, useSession } from './session';

function Signed({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  if (loading) return <Spin style={{ margin: 48 }} />;
  if (!me) return <Navigate to="/sign-in" replace />;
  return <>{children}</>;
}

function MePage() {
  const { me } = useSession();
  if (!me) return null;
  return (
    <Result
      status="info"
      title={`${me.displayName}（${me.roleLabels.join('、')}）`}
      subTitle="该角色在移动端办理事项；此处显示身份与范围。"
      extra={
        <Descriptions
          column={1}
          items={Object.entries(me.scope).map(([k, v]) => ({ label: k, children: String(v) }))}
        />
      }
    />
  );
}

export function App() {
  const { me, loading, signOut } = useSession();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#b71c1c' }}
      >
        <Link to={me ? homeOf(me) : '/sign-in'}>
          <Typography.Text style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>同心 · 红色物业</Typography.Text>
        </Link>
        {me && (
          <Space>
            <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
              {me.displayName} · {me.roleLabels.join('、')}
            </Typography.Text>
            <Button size="small" onClick={signOut}>
              退出
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            path="/districts/:districtId"
            element={
              <Signed>
                <DistrictPage />
              </Signed>
            }
          />
          <Route
            path="/streets/:streetId"
            element={
              <Signed>
                <StreetPage />
              </Signed>
            }
          />
          <Route
            path="/communities/:communityId"
            element={
              <Signed>
                <CommunityPage />
              </Signed>
            }
          />
          <Route
            path="/audit/districts/:districtId"
            element={
              <Signed>
                <AuditDistrictPage />
              </Signed>
            }
          />
          <Route
            path="/audit/communities/:communityId"
            element={
              <Signed>
                <AuditCommunityPage />
              </Signed>
            }
          />
          <Route
            path="/me"
            element={
              <Signed>
                <MePage />
              </Signed>
            }
          />
          <Route path="*" element={loading ? <Spin /> : <Navigate to={me ? homeOf(me) : '/sign-in'} replace />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}
