import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pickUiLanguage } from './i18n/language';
import { setUpI18n } from './i18n/setup';
import { preferences } from './storage/preferences';
import './ui/common/theme.css';
import './ui/common/base.css';

const language = pickUiLanguage(
  preferences.interfaceLanguage(),
  navigator.languages ?? [navigator.language],
);
document.documentElement.lang = language === 'tl' ? 'fil' : 'en';

void setUpI18n(language).then(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
