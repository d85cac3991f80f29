import { render } from 'preact';
import { App } from './App';
import { uiDirection } from '@/utils/i18n';
import '@/components/theme.css';

document.documentElement.lang = navigator.language;
document.documentElement.dir = uiDirection();
const root = document.getElementById('app');
if (root) render(<App />, root);
