/**
 * The app: providers (antd theme and locale, TanStack Query, sign-in, the API client) and the
 * router built from the registered features.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhHK from 'antd/locale/zh_HK';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-hk';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { type Api, createApi } from './api';
import { AuthProvider, createUserManager, useAuth } from './auth';
import type { ConsoleConfig } from './config';
import { ApiError } from './errors';
import { isLanguage, type Language } from './i18n';
import { createAppRouter } from './router';

const ANTD_LOCALE: Record<Language, Locale> = { en: enUS, 'zh-Hant': zhHK, 'zh-Hans': zhCN };
const DAYJS_LOCALE: Record<Language, string> = { en: 'en', 'zh-Hant': 'zh-hk', 'zh-Hans': 'zh-cn' };

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a network blip or 503 may.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      staleTime: 30_000,
      refetchOnWindowFocus: true,
    },
    mutations: { retry: false },
  },
});

const ApiContext = createContext<Api | null>(null);
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside App');
  return api;
}

function ApiProvider(props: { children: React.ReactNode }) {
  const { config, idToken } = useAuth();
  const api = useMemo(() => createApi(config.apiUrl, idToken), [config.apiUrl, idToken]);
  return <ApiContext.Provider value={api}>{props.children}</ApiContext.Provider>;
}

export function App(props: { config: ConsoleConfig }) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  dayjs.locale(DAYJS_LOCALE[language]);
  const manager = useMemo(() => createUserManager(props.config), [props.config]);
  const router = useMemo(() => createAppRouter(), []);
  return (
    <ConfigProvider
      locale={ANTD_LOCALE[language]}
      // "婉 拒": antd spaces out two-character Chinese button labels; our labels are written as meant.
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          // HA-like teal, with enough contrast on white for text and buttons (WCAG AA).
          colorPrimary: '#006b6b',
          colorLink: '#00585a',
          // antd's grey texts are lighter than WCAG AA allows on white (4.5:1); these pass.
          colorTextSecondary: '#595959',
          colorTextTertiary: '#595959',
          colorTextDescription: '#595959',
          colorTextPlaceholder: '#6e6e6e',
          // Danger and warning strong enough for text on white (buttons, links, messages).
          colorError: '#c41d1f',
          colorWarningText: '#874d00',
          colorSuccessText: '#2b6a0c',
          borderRadius: 8,
          fontFamily:
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans HK', 'Noto Sans SC', 'PingFang HK', 'PingFang SC', 'Microsoft JhengHei', 'Microsoft YaHei', sans-serif",
        },
        components: {
          // White on the header's teal; the selected entry underlined and on a darker teal.
          Menu: {
            darkItemColor: '#ffffff',
            darkItemHoverColor: '#ffffff',
            darkItemSelectedColor: '#ffffff',
            darkItemBg: 'transparent',
            darkItemSelectedBg: '#003b3c',
            darkPopupBg: '#00585a',
          },
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider manager={manager} config={props.config}>
            <ApiProvider>
              <RouterProvider router={router} />
            </ApiProvider>
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
