// The editor and its previews use the site's own root layout: <html lang>, the site's styles, next-intl's locale.
export { default } from '../../[locale]/layout';
