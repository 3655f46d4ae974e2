/** The picture types the site takes, recognised by their first bytes, never by their name. */
export type PictureType = 'jpeg' | 'png' | 'webp' | 'svg';

export const extensionsOf: Record<PictureType, string[]> = {
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  svg: ['svg'],
};

/** The type a file name promises, from its extension. */
export function typeFromName(name: string): PictureType | undefined {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return (Object.keys(extensionsOf) as PictureType[]).find((type) => extensionsOf[type].includes(extension));
}

/** The type a file really is, judged by its first bytes. */
export function sniffType(bytes: Buffer): PictureType | undefined {
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  // An SVG is text: after a byte-order mark, an XML declaration, comments or a doctype comes the <svg> element.
  const start = bytes.toString('utf8', 0, 4096).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(start)) return 'svg';
  return undefined;
}

export interface Size {
  width: number;
  height: number;
}

/** Width and height in pixels from a raster file's header (without decoding it), or undefined if unreadable. */
export function rasterSize(type: Exclude<PictureType, 'svg'>, bytes: Buffer): Size | undefined {
  try {
    if (type === 'png') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    if (type === 'webp') return webpSize(bytes);
    return jpegSize(bytes);
  } catch {
    return undefined;
  }
}

function webpSize(bytes: Buffer): Size | undefined {
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  return undefined;
}

// Start-of-frame markers carry the size; 0xC4 (tables), 0xC8 and 0xCC are no frames.
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(bytes: Buffer): Size | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (isStartOfFrame(marker)) {
      const size = { width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      return exifRotated(bytes) ? { width: size.height, height: size.width } : size;
    }
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}

/** Whether the EXIF orientation turns the picture by 90°: the site shows it upright, so width and height swap. */
function exifRotated(bytes: Buffer): boolean {
  const exif = bytes.indexOf('Exif\0\0', 0, 'latin1');
  if (exif < 0 || exif > 65536) return false;
  const tiff = exif + 6;
  const little = bytes.toString('latin1', tiff, tiff + 2) === 'II';
  const read16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const read32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const directory = tiff + read32(tiff + 4);
  const entries = read16(directory);
  for (let index = 0; index < entries; index++) {
    const entry = directory + 2 + index * 12;
    if (read16(entry) === 0x0112) return read16(entry + 8) >= 5;
  }
  return false;
}

/** An SVG's size from its width/height attributes, else its viewBox. */
export function svgSize(text: string): Size | undefined {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const [width, height] = [attribute('width'), attribute('height')].map((value) =>
    value && /^\s*[\d.]+(px)?\s*$/.test(value) ? Math.round(parseFloat(value)) : undefined,
  );
  if (width && height) return { width, height };
  const box = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box[2] > 0 && box[3] > 0) return { width: Math.round(box[2]), height: Math.round(box[3]) };
  return undefined;
}
