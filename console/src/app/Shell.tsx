/**
 * The frame around every signed-in screen: the app's name, the navigation for the caller's role
 * (a drawer on a phone, a bar on a wide screen), the language switch and sign-out. Phone first:
 * nothing here is wider than 375 px.
 *
 * Plain HTML and CSS (shell.css), no component library: the frame is on every first screen, and
 * antd's Menu and Drawer would put about 40 KB (gzipped) of JavaScript in front of it. The
 * phone's drawer is a native modal <dialog>: it keeps focus inside, closes on Escape and gives
 * focus back to the menu button by itself.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { features } from '../features';
import { useAuth, usePrincipal } from './auth';
import type { NavEntry } from './features';
import { changeLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './i18n';
import './shell.css';

/** The language switch: a native select (a phone shows its own picker; nothing to load). */
export function LanguageSwitch(props: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  // The choice shows at once; the page follows when the language has loaded.
  const [choosing, setChoosing] = useState<Language>();
  return (
    <select
      aria-label={t('app.language')}
      value={choosing ?? (isLanguage(i18n.language) ? i18n.language : 'en')}
      onChange={(event) => {
        const language = event.target.value as Language;
        setChoosing(language);
        void changeLanguage(language).finally(() => setChoosing(undefined));
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

/** The entry for this path: its own page, or (for a prefix entry) a page under it. */
export function currentEntry(entries: NavEntry[], pathname: string): { to: string; exact: boolean } | undefined {
  const exact = entries.find((e) => e.to === pathname);
  if (exact) return { to: exact.to, exact: true };
  const prefixed = entries
    .filter((e) => e.prefix && pathname.startsWith(`${e.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
  return prefixed ? { to: prefixed.to, exact: false } : undefined;
}

function NavLinks(props: { entries: NavEntry[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const current = currentEntry(props.entries, location.pathname);
  return (
    <ul>
      {props.entries.map((entry) => (
        <li key={entry.to}>
          <Link
            to={entry.to}
            onClick={props.onNavigate}
            // The page itself, or the section the page is in.
            aria-current={current?.to === entry.to ? (current.exact ? 'page' : 'true') : undefined}
          >
            {t(entry.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function MenuIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const principal = usePrincipal();
  const entries = useNavEntries();
  const drawer = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => drawer.current?.close();

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        {entries.length > 0 && (
          <button
            type="button"
            className="shell-icon-button shell-phone-only"
            aria-label={t('app.menu')}
            aria-expanded={open}
            aria-controls="shell-drawer"
            onClick={() => {
              drawer.current?.showModal();
              setOpen(true);
            }}
          >
            <MenuIcon />
          </button>
        )}
        <Link to="/" className="shell-name">
          <span className="shell-wide-only">{t('app.fullName')}</span>
          <span className="shell-phone-only">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('app.mainNav')} className="shell-bar shell-wide-only">
          <NavLinks entries={entries} />
        </nav>
        <LanguageSwitch />
        <button
          type="button"
          className="shell-button shell-button-ghost shell-wide-only"
          onClick={() => void signOut()}
        >
          {t('app.signOut')}
        </button>
      </header>
      {/* Clicks on the backdrop land on the dialog itself: they close it, as a drawer's mask does. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard closes it with Escape or the close button */}
      <dialog
        id="shell-drawer"
        ref={drawer}
        className="shell-drawer"
        aria-labelledby="shell-drawer-title"
        onClose={() => setOpen(false)}
        onClick={(event) => {
          if (event.target === event.currentTarget) close();
        }}
      >
        <div className="shell-drawer-head">
          <button type="button" className="shell-icon-button" aria-label={t('app.closeMenu')} onClick={close}>
            <CloseIcon />
          </button>
          <h2 id="shell-drawer-title">{t('app.name')}</h2>
        </div>
        <nav aria-label={t('app.mainNav')} className="shell-list">
          <NavLinks entries={entries} onNavigate={close} />
        </nav>
        <div className="shell-drawer-foot">
          <p>
            {t('app.signedInAs', { name: principal.email ?? principal.sub })}
            <br />
            {t(`roles.${principal.role}`)}
          </p>
          <button type="button" className="shell-button" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </dialog>
      <main id="main" tabIndex={-1} className="shell-main">
        <Outlet />
      </main>
    </div>
  );
}
