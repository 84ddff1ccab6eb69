/**
 * The routes: sign-in callback and signed-out page outside the shell; everything else behind
 * sign-in, inside the shell, from the registered features. A path may have a screen per
 * audience (visitor and coordinator); the caller's role picks one. Unknown paths get a page
 * that says so (the server answers every path with the app, see local/console-server.ts).
 */
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, type RouteObject, useNavigate, useRoutes } from 'react-router';
import { features } from '../features';
import { isSigningOut, useAuth, usePrincipal } from './auth';
import type { Audience, FeatureRoute, LazyScreen } from './features';
import { Shell } from './Shell';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-busy="true">
      {t('app.loading')}
    </div>
  );
}

/**
 * A page that only says something (signed out, not found, not for your role), in plain HTML:
 * these are first screens too, and need nothing of antd.
 */
function Message(props: { title: ReactNode; body?: ReactNode; action?: ReactNode; main?: boolean }) {
  const content = (
    <>
      <h1>{props.title}</h1>
      {props.body && <p>{props.body}</p>}
      {props.action}
    </>
  );
  return props.main ? <main className="page-message">{content}</main> : <div className="page-message">{content}</div>;
}

/** Sends a signed-out visitor to sign in, remembering the page; renders children once signed in. */
function RequireSignIn(props: { children: ReactNode }) {
  const { user, principal, signIn } = useAuth();
  const { t } = useTranslation();
  useEffect(() => {
    if (!user && !isSigningOut()) void signIn();
  }, [user, signIn]);
  if (!user) return <Loading />;
  if (!principal) return <Message main title={t('app.forbidden')} />;
  return <>{props.children}</>;
}

function Callback() {
  const { completeSignIn } = useAuth();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    completeSignIn().then(
      (returnTo) => live && navigate(returnTo, { replace: true }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [completeSignIn, navigate]);
  if (!failed) return <Loading />;
  return <Message main title={t('auth.failed')} action={<Link to="/">{t('auth.tryAgain')}</Link>} />;
}

function SignedOut() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  return (
    <Message
      main
      title={t('auth.signedOutTitle')}
      body={t('auth.signedOutBody')}
      action={
        <button type="button" className="shell-button shell-button-primary" onClick={() => void signIn('/')}>
          {t('auth.signIn')}
        </button>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <Message title={t('app.notFound')} action={<Link to="/">{t('app.backHome')}</Link>} />;
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
  if (!load) return <Message title={t('app.forbidden')} action={<Link to="/">{t('app.backHome')}</Link>} />;
  const Screen = lazyScreen(load);
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

function appRoutes(): RouteObject[] {
  const byPath = new Map<string, Partial<Record<Audience, LazyScreen>>>();
  for (const route of features.flatMap((f): FeatureRoute[] => f.routes)) {
    const entry = byPath.get(route.path) ?? {};
    entry[route.audience] = route.screen;
    byPath.set(route.path, entry);
  }
  return [
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
  ];
}

/**
 * The routes, matched by react-router's declarative router (<BrowserRouter> in App): the app uses
 * no loaders or actions, and the data router would add about 10 KB (gzipped) to every first page.
 */
export function AppRoutes() {
  const routes = useMemo(appRoutes, []);
  return useRoutes(routes);
}
