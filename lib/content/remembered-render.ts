import type { BodyReporter } from './body-rules';
import { renderMarkdown, type LinkResolver } from './markdown';
import type { PictureResolver } from './picture-markup';
import { rememberedByFile } from './remembered';

/** What rendering asks of the rest of the site: where a link leads, which picture a name stands for. */
export interface Lookups {
  resolveLink: LinkResolver;
  resolvePicture: PictureResolver;
}

type Step =
  | { report: Parameters<BodyReporter> }
  | { link: Parameters<LinkResolver>; result: ReturnType<LinkResolver> }
  | { picture: Parameters<PictureResolver>; result: ReturnType<PictureResolver> };

interface Rendered {
  markdown: string;
  lineBreaks: boolean;
  html: string;
  /** Every problem the rules reported and every lookup with its answer, in the order they happened. */
  steps: Step[];
}

const remembered = rememberedByFile<Rendered>('rendered');

/**
 * A file's Markdown as HTML, reporting its problems; the HTML of the same text is reused when every lookup it made
 * answers as before. The editor checks the whole site at every pause in typing: only the changed file, and the files
 * whose links or pictures now lead elsewhere, are rendered again (docs/decisions/fast-preview.md).
 */
export function renderRemembered(
  file: string,
  markdown: string,
  lineBreaks: boolean,
  lookupsFor: (report: BodyReporter) => Lookups,
  report: BodyReporter,
): string {
  const kept = remembered.get(file);
  if (kept?.markdown === markdown && kept.lineBreaks === lineBreaks) {
    const reports = replay(kept.steps, lookupsFor);
    if (reports) {
      for (const reported of reports) report(...reported);
      return kept.html;
    }
  }
  const steps: Step[] = [];
  const lookups = lookupsFor(report);
  const html = renderMarkdown(markdown, {
    lineBreaks,
    report: (...reported) => {
      steps.push({ report: reported });
      report(...reported);
    },
    resolveLink: (...link) => {
      const result = lookups.resolveLink(...link);
      steps.push({ link, result });
      return result;
    },
    resolvePicture: (...picture) => {
      const result = lookups.resolvePicture(...picture);
      steps.push({ picture, result });
      return result;
    },
  });
  remembered.set(file, { markdown, lineBreaks, html, steps });
  return html;
}

/** The problems to report again, in their order; undefined as soon as a lookup answers differently. */
function replay(steps: Step[], lookupsFor: (report: BodyReporter) => Lookups): Parameters<BodyReporter>[] | undefined {
  const reports: Parameters<BodyReporter>[] = [];
  const lookups = lookupsFor((...reported) => reports.push(reported));
  for (const step of steps) {
    if ('report' in step) reports.push(step.report);
    else if ('link' in step) {
      if (lookups.resolveLink(...step.link) !== step.result) return undefined;
    } else if (!samePicture(lookups.resolvePicture(...step.picture), step.result)) return undefined;
  }
  return reports;
}

const samePicture = (a: ReturnType<PictureResolver>, b: ReturnType<PictureResolver>) =>
  JSON.stringify(a) === JSON.stringify(b);
