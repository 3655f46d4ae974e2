/** First step of `npm run build:static`: an export is made to be deployed, so it needs its public address. */
const value = process.env.SITE_URL;
let problem = '';
if (!value) problem = 'SITE_URL is not set';
else if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
  problem = `SITE_URL "${value}" is no http(s) address`;
if (problem) {
  console.error(
    `npm run build:static: ${problem}; canonical, hreflang, sitemap and share-image URLs are built from it (e.g. SITE_URL=https://epi.example.org npm run build:static).`,
  );
  process.exit(1);
}
