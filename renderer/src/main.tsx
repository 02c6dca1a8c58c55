import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LanguageProvider } from './i18n/language';
import { selectBridge } from './transport/select-bridge';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <App choice={selectBridge()} />
      </LanguageProvider>
    </StrictMode>,
  );
}
