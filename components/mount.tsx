import { render, type ComponentChild } from 'preact';
import { uiDirection } from '@/utils/i18n';
import './theme.css';

/** Renders one of Upstream's pages in the UI language's direction (right to left for Arabic). */
export function mountPage(page: ComponentChild): void {
  document.documentElement.lang = navigator.language;
  document.documentElement.dir = uiDirection();
  const root = document.getElementById('app');
  if (root) render(page, root);
}
