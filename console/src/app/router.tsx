/**
 * The routes: sign-in callback and signed-out page outside the shell; everything else behind
 * sign-in, inside the shell, from the registered features. A path may have a screen per
 * audience (visitor and coordinator); the caller's role picks one. Unknown paths get a page
 * that says so (the server answers every path with the app, see local/console-server.ts).
 */
import { Button, Result, Spin } from 'antd';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate, useNavigate } from 'react-router';
import { features } from '../features';
import { completeSignIn, isSigningOut, signIn, useAuth, usePrincipal } from './auth';
import type { Audience, FeatureRoute, LazyScreen } from './features';
import { Shell } from './Shell';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: 160 }} aria-busy="true">
      <Spin description={t('app.loading')} />
    </div>
  );
}

/** Sends a signed-out visitor to sign in, remembering the page; renders children once signed in. */
function RequireSignIn(props: { children: ReactNode }) {
  const { user, principal, manager } = useAuth();
  const { t } = useTranslation();
  useEffect(() => {
    if (!user && !isSigningOut()) void signIn(manager);
  }, [user, manager]);
  if (!user) return <Loading />;
  if (!principal) return <Result status="403" title={t('app.forbidden')} />;
  return <>{props.children}</>;
}

function Callback() {
  const { manager } = useAuth();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    completeSignIn(manager).then(
      (returnTo) => live && navigate(returnTo, { replace: true }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [manager, navigate]);
  if (!failed) return <Loading />;
  return (
    <main>
      <Result status="warning" title={t('auth.failed')} extra={<Link to="/">{t('auth.tryAgain')}</Link>} />
    </main>
  );
}

function SignedOut() {
  const { t } = useTranslation();
  const { manager } = useAuth();
  return (
    <main>
      <Result
        status="success"
        title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t('auth.signedOutTitle')}</h1>}
        subTitle={t('auth.signedOutBody')}
        extra={
          <Button type="primary" onClick={() => void signIn(manager, '/')}>
            {t('auth.signIn')}
          </Button>
        }
      />
    </main>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('app.notFound')} extra={<Link to="/">{t('app.backHome')}</Link>} />;
}

function Home() {
  const principal = usePrincipal();
  return <Navigate to={principal.isStaff ? '/me' : '/programmes'} replace />;
}

const screens = new Map<LazyScreen, ComponentType>();
const lazyScreen = (load: LazyScreen) => {
  let screen = screens.get(load);
  if (!screen) {
    screen = lazy(load);
    screens.set(load, screen);
  }
  return screen;
};

/** The screen of a path for the caller's audience, or a page saying it is not for them. */
function ByAudience(props: { byAudience: Partial<Record<Audience, LazyScreen>> }) {
  const principal = usePrincipal();
  const { t } = useTranslation();
  const load = props.byAudience[principal.isStaff ? 'staff' : 'coordinator'];
  if (!load) return <Result status="403" title={t('app.forbidden')} extra={<Link to="/">{t('app.backHome')}</Link>} />;
  const Screen = lazyScreen(load);
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

export function createAppRouter() {
  const byPath = new Map<string, Partial<Record<Audience, LazyScreen>>>();
  for (const route of features.flatMap((f): FeatureRoute[] => f.routes)) {
    const entry = byPath.get(route.path) ?? {};
    entry[route.audience] = route.screen;
    byPath.set(route.path, entry);
  }
  return createBrowserRouter([
    { path: '/auth/callback', element: <Callback /> },
    { path: '/signed-out', element: <SignedOut /> },
    {
      path: '/',
      element: (
        <RequireSignIn>
          <Shell />
        </RequireSignIn>
      ),
      children: [
        { index: true, element: <Home /> },
        ...[...byPath].map(([path, byAudience]) => ({
          path: path.replace(/^\//, ''),
          element: <ByAudience key={path} byAudience={byAudience} />,
        })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
