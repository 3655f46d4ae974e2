import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import siteConfig from '../../next.config';
import { packageVersion } from './machine';
import { weighPage, serverLayout, type PageWeight } from './page-weight';

/** The packages that make the floor: the bare page is built with the project's own copies of them. */
export const floorPackages = ['next', 'react', 'react-dom'] as const;

export interface Floor {
  versions: Record<string, string>;
  /** What the bare page `/` makes a browser load. */
  weight: PageWeight;
}

export const installedVersions = () => Object.fromEntries(floorPackages.map((name) => [name, packageVersion(name)]));

/** The floor's second page, answered through a proxy that does nothing: what a proxy (middleware) costs a request. */
export const proxiedFloorPage = '/proxied';
/** The floor's third page: behind the same proxy, with as many bytes as the site's page (what the size of an answer costs). */
export const sizedFloorPage = '/proxied-sized';

/**
 * A bare Next page (a layout with <html lang>, a page with a heading and a paragraph, no components, no CSS) built with
 * the same Next, React and the same basics of next.config as the site's server build (no X-Powered-By, the same
 * headers), in a temporary folder that uses this project's node_modules through a link: nothing is downloaded.
 * Turbopack accepts a linked node_modules only inside its root, hence `turbopack.root: '/'` there. Its second page
 * `proxiedFloorPage`, the same page behind a proxy that passes every request on, measures what a proxy costs;
 * with `sizedLikeBytes`, `sizedFloorPage` adds a paragraph that makes its HTML about that long.
 */
export async function buildFloor(
  log: (line: string) => void,
  sizedLikeBytes?: number,
): Promise<{ dir: string; floor: Floor; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-bench-floor-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    const headers = (await siteConfig.headers?.()) ?? [];
    const config = { poweredByHeader: siteConfig.poweredByHeader, turbopack: { root: '/' } };
    fs.writeFileSync(
      path.join(dir, 'next.config.mjs'),
      `const headers = ${JSON.stringify(headers)};\nexport default { ...${JSON.stringify(config)}, async headers() { return headers; } };\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'app', 'layout.jsx'),
      "export const metadata = { title: 'Floor', description: 'A bare Next page.' };\n" +
        'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
    );
    const page = 'export default function Page() {\n  return <main><h1>Floor</h1><p>A bare Next page.</p></main>;\n}\n';
    fs.writeFileSync(path.join(dir, 'app', 'page.jsx'), page);
    fs.mkdirSync(path.join(dir, 'app', proxiedFloorPage.slice(1)));
    fs.writeFileSync(path.join(dir, 'app', proxiedFloorPage.slice(1), 'page.jsx'), page);
    if (sizedLikeBytes) {
      // The text is in the HTML twice, once as text and once in Next's payload; the rest of a bare page is below 5 KB.
      const filler = 'x'.repeat(Math.max(0, Math.round((sizedLikeBytes - 5_000) / 2)));
      fs.mkdirSync(path.join(dir, 'app', sizedFloorPage.slice(1)));
      fs.writeFileSync(
        path.join(dir, 'app', sizedFloorPage.slice(1), 'page.jsx'),
        page.replace('</p>', `</p><p>${filler}</p>`),
      );
    }
    // The proxy runs for the second and third page only: the bare page `/` stays what it was.
    fs.writeFileSync(
      path.join(dir, 'proxy.js'),
      `import { NextResponse } from 'next/server';\nexport default function proxy() {\n  return NextResponse.next();\n}\nexport const config = { matcher: ${JSON.stringify([proxiedFloorPage, sizedFloorPage])} };\n`,
    );
    log(`  building the floor in ${dir}`);
    execFileSync('npx', ['next', 'build'], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return {
      dir,
      floor: { versions: installedVersions(), weight: weighPage(serverLayout(path.join(dir, '.next')), '/') },
      remove,
    };
  } catch (error) {
    remove();
    throw error;
  }
}
