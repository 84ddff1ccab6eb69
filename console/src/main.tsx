import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import { App } from './app/App';
import { loadConfig } from './app/config';
import { setupI18n } from './app/i18n';
import { features } from './features';

const root = createRoot(document.getElementById('root')!);
// The config and the reader's language load side by side.
Promise.all([loadConfig(), setupI18n(features)]).then(
  ([config]) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: Error) => {
    root.render(
      <main style={{ padding: 24, fontFamily: 'system-ui, sans-serif' }}>
        <h1>Talent Exchange Coordinator · 醫護人才交流 · 医护人才交流</h1>
        <p role="alert">The console could not start: {error.message}</p>
      </main>,
    );
  },
);
