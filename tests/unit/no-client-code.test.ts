import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const rulesBroken = async (code: string, filePath: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId);
};

// The lint rule that keeps client code out of the public site (the export's and the server's pages send no script).
describe('the lint rule against client code on the site', () => {
  const clientComponent = "'use client';\nimport { useState } from 'react';\nexport const A = () => useState(0)[0];\n";

  it.each(['components/Counter.tsx', 'app/[locale]/counter.tsx', 'lib/counter.tsx'])(
    'refuses it in %s',
    async (file) => {
      expect(await rulesBroken(clientComponent, file)).toEqual(['no-restricted-syntax', 'no-restricted-imports']);
    },
  );

  it("refuses Next's client components", async () => {
    const code = 'import Link from \'next/link\';\nexport const A = () => <Link href="/de">de</Link>;\n';
    expect(await rulesBroken(code, 'components/Menu.tsx')).toEqual(['no-restricted-imports']);
  });

  it("allows it in the editor, which the site's builds never contain", async () => {
    expect(await rulesBroken(clientComponent, 'components/editor/Counter.tsx')).toEqual([]);
  });
});
