// `npm run icons`: what browsers and feed readers ask the site root for directly, made from the
// site's icon (app/icon.svg): /favicon.ico (16, 32 and 48 px) and /apple-touch-icon.png (180 px,
// on the icon's own dark ground, since iOS fills transparent corners with black). Run it when
// the icon changes, and commit public/.
import { readFile, writeFile } from 'node:fs/promises';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';

const svg = await readFile('app/icon.svg');
const png = (size: number) =>
  sharp(svg, { density: 72 * (size / 32) })
    .resize(size, size)
    .png()
    .toBuffer();

await writeFile('public/favicon.ico', await pngToIco(await Promise.all([16, 32, 48].map(png))));
await writeFile(
  'public/apple-touch-icon.png',
  await sharp(await png(180))
    .flatten({ background: '#1c1917' })
    .png()
    .toBuffer(),
);
console.log('wrote public/favicon.ico and public/apple-touch-icon.png');
