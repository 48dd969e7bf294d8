import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppCrashed } from './app/AppCrashed';
import { ErrorBoundary } from './app/ErrorBoundary';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary fallback={(error) => <AppCrashed error={error} />}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
