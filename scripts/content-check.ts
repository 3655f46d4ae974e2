import { parseArgs } from 'node:util';
import { createTranslator } from 'next-intl';
import { routing } from '../i18n/routing';
import { checkContent, formatIssue, type IssueLanguage } from '../lib/content';
import de from '../messages/de.json';
import en from '../messages/en.json';

/**
 * `npm run content:check [-- --lang en] [-- --release]`: every content problem at once; errors fail, warnings do not.
 * `--release` is the check before a public release: a placeholder still open fails it.
 */
const { values } = parseArgs({ options: { lang: { type: 'string' }, release: { type: 'boolean', default: false } } });
const requested = values.lang ?? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
const lang: IssueLanguage = requested.toLowerCase().startsWith('en') ? 'en' : 'de';
const { release } = values;
const t = createTranslator({ locale: lang, messages: lang === 'en' ? en : de, namespace: 'ContentCheck.summary' });
const { issues, coverage } = checkContent({ includeDrafts: true, coverage: true, release });

for (const issue of issues) console.log(`${issue.severity === 'error' ? '✖' : '⚠'} ${formatIssue(issue, lang)}`);

const errors = issues.filter((issue) => issue.severity === 'error').length;
const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
console.log('');
console.log(t('files', { count: coverage.files }));
for (const locale of routing.locales) {
  const count = coverage.pages[locale];
  const percent = coverage.total ? count / coverage.total : 1;
  console.log(t('coverage', { language: languageNames.of(locale)!, count, total: coverage.total, percent }));
}
for (const { file, missing } of coverage.untranslated) {
  console.log(
    `  ${t('untranslated', { file, languages: missing.map((locale) => languageNames.of(locale)).join(', ') })}`,
  );
}
console.log(t('result', { errors, warnings: issues.length - errors }));
if (release) console.log(t('release'));
else if (issues.some((issue) => issue.code === 'open_placeholder')) console.log(t('releaseHint'));
console.log(t(errors ? 'failed' : release ? 'releaseOk' : 'ok'));
process.exitCode = errors ? 1 : 0;
