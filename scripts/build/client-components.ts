import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** Next's own client components (its router, error boundaries, metadata outlet), whatever the bundler names them. */
const nextsOwn = /(^|\/)node_modules\/next\//;

export interface ClientComponentUse {
  route: string;
  module: string;
}

type ReferenceManifests = Record<string, { clientModules?: Record<string, unknown> }>;

/**
 * Every client component that is not Next's own, with the route that uses it. Next writes, next to
 * each route's server code, a client reference manifest (`…_client-reference-manifest.js`) whose
 * `clientModules` name every module the route needs in the browser. A page that uses a client
 * component of ours needs a script; Next's own ones are only there to run its router.
 * Throws when the manifests are missing or no longer name Next's own modules: then Next has changed
 * its build output, and a silent "nothing found" would let a script-dependent page through.
 */
export function findClientComponents(serverAppDir: string): ClientComponentUse[] {
  const files = fs.existsSync(serverAppDir)
    ? fs
        .readdirSync(serverAppDir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('_client-reference-manifest.js'))
    : [];
  const uses: ClientComponentUse[] = [];
  let nextModules = 0;
  for (const file of files) {
    const sandbox: { __RSC_MANIFEST?: ReferenceManifests } = {};
    vm.runInNewContext(fs.readFileSync(path.join(serverAppDir, file), 'utf8'), sandbox);
    for (const [route, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      for (const clientModule of Object.keys(manifest.clientModules ?? {})) {
        if (nextsOwn.test(clientModule)) nextModules++;
        else uses.push({ route, module: clientModule.replace(/^\[project\]\//, '') });
      }
    }
  }
  if (nextModules === 0) {
    throw new Error(
      `No client reference manifests naming Next's own components under ${serverAppDir}: has Next changed its build output?`,
    );
  }
  return uses;
}

/** One line per use, for the message that stops the build. */
export function describeClientComponents(uses: ClientComponentUse[]): string {
  return uses.map(({ route, module }) => `  ${module}  (route ${route})`).join('\n');
}
