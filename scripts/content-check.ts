import { checkContent, formatIssue } from '../lib/content';
import type { IssueLanguage } from '../lib/content/issues';

/** `npm run content:check [-- --lang en]`: every content problem at once, errors fail. */
function chooseLanguage(args: string[]): IssueLanguage {
  const flag = args.indexOf('--lang');
  const requested = flag >= 0 ? args[flag + 1] : (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  return requested?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

const lang = chooseLanguage(process.argv.slice(2));
const { issues } = checkContent({ includeDrafts: true });
for (const issue of issues) {
  console.log(`${issue.severity === 'error' ? '✖' : '⚠'} ${formatIssue(issue, lang)}`);
}
const errors = issues.filter((issue) => issue.severity === 'error').length;
const warnings = issues.length - errors;
console.log(lang === 'de' ? `Inhaltsprüfung: ${errors} Fehler, ${warnings} Warnungen.` : `Content check: ${errors} errors, ${warnings} warnings.`);
process.exitCode = errors > 0 ? 1 : 0;
