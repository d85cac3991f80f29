import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Upstream's manifest. Every permission is explained in the README.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'webRequest',
      'webNavigation',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['scripting', 'offscreen']),
    ],
    commands: {
      'open-original': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_commandOpenOriginal__' },
    },
    // The background fetches the source link that a page names, wherever it points.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The quick pass, on every page (entrypoints/content-script.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-script.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // No data is collected: see the README's privacy promise.
            gecko: { id: 'upstream@upstream-extension.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT takes the action's title from the popup's <title>; the toolbar wants the localised one.
    'build:manifestGenerated': (_, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    // The sources zip is for the store's reviewers to rebuild the add-on: tests and their fixtures are no part of it.
    excludeSources: ['tests/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
