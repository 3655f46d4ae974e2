import sharp from 'sharp';

/**
 * A camera-like photo: soft shapes of colour with grain, at the given size, with EXIF that must not go public
 * (a camera's make, model and serial number, a GPS position).
 */
export async function cameraPhoto(width: number, height: number, seed = 1): Promise<Buffer> {
  const cells = 96;
  const blobs = Buffer.alloc(cells * Math.round((cells * height) / width) * 3);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 255;
  for (let index = 0; index < blobs.length; index++) blobs[index] = random();
  const base = await sharp(blobs, { raw: { width: cells, height: blobs.length / 3 / cells, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  // Grain, as a sensor adds it: a photo is never as smooth as a drawing.
  for (let index = 0; index < base.length; index++)
    base[index] = Math.max(0, Math.min(255, base[index] + (random() - 128) / 9));
  return sharp(base, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'EPI Test Camera', Model: 'Fixture 12', Copyright: 'Test' },
      IFD2: { BodySerialNumber: 'SN-4711-0815' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '56/1 57/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '24/1 6/1 0/1' },
    })
    .toBuffer();
}
