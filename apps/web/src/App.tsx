import { Layout, Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { SignInPage } from './pages/SignInPage';
import { homeOf, useSession } from './session';

// Every page but the sign-in is a chunk of its own, fetched the first time it is shown: the
// first screen carries only react, antd's core and the sign-in form.
const DistrictPage = lazy(() => import('./pages/DistrictPage').then((m) => ({ default: m.DistrictPage })));
const StreetPage = lazy(() => import('./pages/StreetPage').then((m) => ({ default: m.StreetPage })));
const CommunityPage = lazy(() => import('./pages/CommunityPage').then((m) => ({ default: m.CommunityPage })));
const AuditDistrictPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditDistrictPage })));
const AuditCommunityPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditCommunityPage })));
const MePage = lazy(() => import('./pages/MePage').then((m) => ({ default: m.MePage })));
const UserMenu = lazy(() => import('./components/UserMenu').then((m) => ({ default: m.UserMenu })));

const loading = <Spin style={{ display: 'block', margin: 48 }} data-testid="page-loading" />;

function Signed({ children }: { children: ReactNode }) {
  const { me, loading: checking } = useSession();
  if (checking) return loading;
  if (!me) return <Navigate to="/sign-in" replace />;
  return <Suspense fallback={loading}>{children}</Suspense>;
}

export function App() {
  const session = useSession();
  const { me, loading: checking } = session;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="tx-header">
        <Link to={me ? homeOf(me) : '/sign-in'} className="tx-brand">
          同心<span className="tx-brand-long"> · 红色物业</span>
        </Link>
        {me && (
          <Suspense fallback={null}>
            <UserMenu me={me} onSignOut={() => session.signOut()} />
          </Suspense>
        )}
      </Layout.Header>
      <Layout.Content className="tx-content">
        <Routes>
          <Route path="/sign-in" element=<SignInPage /> />
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
          <Route path="*" element={checking ? loading : <Navigate to={me ? homeOf(me) : '/sign-in'} replace />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}
