/**
 * The frame around every signed-in screen: the app's name, the navigation for the caller's role
 * (a drawer on a phone, a bar on a wide screen), the language switch and sign-out. Phone first:
 * nothing here is wider than 375 px.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { features } from '../features';
import { useAuth, usePrincipal } from './auth';
import type { NavEntry } from './features';
import { changeLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './i18n';

/** The language switch: a native select (a phone shows its own picker; nothing to load). */
export function LanguageSwitch(props: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <select
      aria-label={t('app.language')}
      value={isLanguage(i18n.language) ? i18n.language : 'en'}
      onChange={(event) => {
        const language = event.target.value as Language;
        changeLanguage(language);
        props.onChange?.(language);
      }}
      className="language-switch"
      data-testid="language-switch"
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}

function useNavEntries(): NavEntry[] {
  const principal = usePrincipal();
  return useMemo(
    () =>
      features
        .flatMap((f) => f.nav ?? [])
        .filter((entry) => entry.audience === (principal.isStaff ? 'staff' : 'coordinator'))
        .sort((a, b) => a.order - b.order),
    [principal],
  );
}

function selectedKey(entries: NavEntry[], pathname: string): string[] {
  const exact = entries.find((e) => e.to === pathname);
  if (exact) return [exact.to];
  const prefixed = entries
    .filter((e) => e.prefix && pathname.startsWith(`${e.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
  return prefixed ? [prefixed.to] : [];
}

export function Shell() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const principal = usePrincipal();
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.md);
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const entries = useNavEntries();
  const items = entries.map((entry) => ({ key: entry.to, label: <Link to={entry.to}>{t(entry.label)}</Link> }));
  const selected = selectedKey(entries, location.pathname);

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7f7' }}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          paddingInline: wide ? 24 : 12,
          background: '#00585a',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {!wide && entries.length > 0 && (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            aria-label={t('app.menu')}
            aria-expanded={open}
            onClick={() => setOpen(true)}
          />
        )}
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 17, whiteSpace: 'nowrap' }}>
          {wide ? t('app.fullName') : t('app.name')}
        </Link>
        {wide ? (
          <nav aria-label={t('app.mainNav')} style={{ flex: 1, minWidth: 0 }}>
            <Menu
              mode="horizontal"
              theme="dark"
              selectedKeys={selected}
              items={items}
              style={{ background: 'transparent', borderBottom: 'none' }}
            />
          </nav>
        ) : (
          <div style={{ flex: 1 }} />
        )}
        <LanguageSwitch />
        {wide && (
          <Button onClick={() => void signOut()} ghost>
            {t('app.signOut')}
          </Button>
        )}
      </Layout.Header>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="left"
        size={280}
        title={t('app.name')}
        closable={{ 'aria-label': t('app.closeMenu') }}
      >
        <nav aria-label={t('app.mainNav')}>
          <Menu mode="inline" selectedKeys={selected} items={items} onClick={() => setOpen(false)} />
        </nav>
        <div style={{ padding: '16px 12px' }}>
          <Typography.Paragraph type="secondary" style={{ wordBreak: 'break-word' }}>
            {t('app.signedInAs', { name: principal.email ?? principal.sub })}
            <br />
            {t(`roles.${principal.role}`)}
          </Typography.Paragraph>
          <Button block onClick={() => void signOut()}>
            {t('app.signOut')}
          </Button>
        </div>
      </Drawer>
      <Layout.Content
        id="main"
        tabIndex={-1}
        style={{ width: '100%', maxWidth: 1200, margin: '0 auto', padding: wide ? 24 : 12, outline: 'none' }}
      >
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
