import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiGet, setBearerToken } from './api/client';
import type { Me } from './api/views';

interface Session {
  readonly me: Me | null;
  readonly loading: boolean;
  readonly signIn: (token: string) => Promise<Me>;
  readonly signOut: () => void;
}

const STORAGE_KEY = 'tongxin.token';
const SessionContext = createContext<Session | null>(null);

/** The signed-in user: a bearer token (demo or identity provider) checked against /api/v1/me. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setBearerToken(null);
    setMe(null);
  }, []);

  const signIn = useCallback(
    async (token: string) => {
      setBearerToken(token, signOut);
      try {
        const who = await apiGet('/api/v1/me', {});
        sessionStorage.setItem(STORAGE_KEY, token);
        setMe(who);
        return who;
      } catch (error) {
        setBearerToken(null);
        throw error;
      }
    },
    [signOut],
  );

  useEffect(() => {
    // An identity provider hands the token back in the URL fragment (#access_token=...).
    const fromProvider = new URLSearchParams(window.location.hash.slice(1)).get('access_token');
    if (fromProvider) window.history.replaceState(null, '', window.location.pathname);
    const saved = fromProvider ?? sessionStorage.getItem(STORAGE_KEY);
    if (!saved) return setLoading(false);
    signIn(saved)
      .catch(() => sessionStorage.removeItem(STORAGE_KEY))
      .finally(() => setLoading(false));
  }, [signIn]);

  const value = useMemo(() => ({ me, loading, signIn, signOut }), [me, loading, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Where each role lands after signing in. */
export function homeOf(me: Me): string {
  const role = me.roles[0];
  const { districtId, streetId, communityId } = me.scope;
  if (role === 'auditor')
    return districtId ? `/audit/districts/${districtId}` : communityId ? `/audit/communities/${communityId}` : '/me';
  if (districtId && role === 'district-committee') return `/districts/${districtId}`;
  if (streetId) return `/streets/${streetId}`;
  if (communityId) return `/communities/${communityId}`;
  return '/me';
}
