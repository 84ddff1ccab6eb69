/**
 * The app: providers (antd theme and locale, TanStack Query, sign-in, the API client) and the
 * router built from the registered features. No antd <App> wrapper: it brings modal, message
 * and notification machinery to every first screen; a screen that shows a message makes its
 * own holder (message.useMessage).
 */
import { ConfigProvider } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { type Api, createApi } from './api';
import { AuthProvider, useAuth } from './auth';
import type { ConsoleConfig } from './config';
import { ApiError } from './errors';
import { antdLocale, isLanguage, type Language } from './i18n';
import { AppRoutes } from './router';

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
  return (
    <ConfigProvider
      locale={antdLocale(language)}
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
          // The same as --tec-font (global.css), which the frame and plain text use.
          fontFamily:
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans HK', 'Noto Sans SC', 'PingFang HK', 'PingFang SC', 'Microsoft JhengHei', 'Microsoft YaHei', sans-serif",
        },
      }}
    >
      <QueryClientProvider client={queryClient}>
        <AuthProvider config={props.config}>
          <ApiProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ApiProvider>
        </AuthProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
