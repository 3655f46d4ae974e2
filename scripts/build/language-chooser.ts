import { createHash } from 'node:crypto';
import { routing } from '../../i18n/routing';

/**
 * The one script of the static export, on `/` (out/index.html): goes to the first language in the
 * browser's list that the site has, German when there is none. nginx does the same from
 * Accept-Language before the page is ever sent (deploy/nginx.conf).
 */
export const chooserScript =
  `var l=${JSON.stringify(routing.locales)},p=(navigator.languages||[]).map(function(t){return t.split("-")[0].toLowerCase()})` +
  `.filter(function(t){return l.indexOf(t)>=0})[0];location.replace("/"+(p||${JSON.stringify(routing.defaultLocale)}))`;

/** For Content-Security-Policy `script-src`: deploy/nginx.conf and docs/deploy.md name this value. */
export const chooserScriptHash = `'sha256-${createHash('sha256').update(chooserScript).digest('base64')}'`;

/** Puts the chooser's script at the end of the page's head (Next writes one `</head>`, before any text of the page). */
export function addLanguageChooser(html: string): string {
  if (html.split('</head>').length !== 2) throw new Error('out/index.html has not exactly one </head>');
  return html.replace('</head>', () => `<script>${chooserScript}</script></head>`);
}
